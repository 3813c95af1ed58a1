package dev.safegrade.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the bytecode of a pack's rules compiled to the executable model (every constraint, consequence, eval, from,
 * accumulate, function and declared type is a Java class there) and refuses every class, method or field it
 * references outside an allow-list: what rules decide from (the fact model, tables, internal.calc and internal.logic,
 * the engine's Context/Reported/Undecided/Outcome, RiskColor/Severity), Java's values (java.lang's strings, numbers,
 * Math, StringBuilder, exceptions; java.util collections, streams, regex and functional interfaces; java.time;
 * java.math) and the Drools classes the generated code is made of. Resolved names, not text: spacing, text blocks,
 * fully qualified names and code in any part of a rule are the same bytecode.
 *
 * <p>Refused, among everything not allowed: System, Runtime, Process*, Thread*, ClassLoader, reflection
 * (java.lang.reflect, java.lang.invoke, Class.forName and every Class method but its name and instance checks),
 * java.io, java.nio, java.net, sun.*, jdk.*, java.util.concurrent/logging/prefs/zip/jar/spi, Formatter, Scanner,
 * Properties, ResourceBundle, ServiceLoader, Timer, Random, UUID, Date/Calendar, the wall clock ({@code now}, Clock),
 * system properties (Boolean.getBoolean, Integer.getInteger, Long.getLong), MVEL and the rest of Drools (which can
 * compile and run code).
 */
public final class CodeCheck {
    /**
     * A refused reference: the generated class it is in, the rule that made it ({@code rule "name"}) or else
     * {@code Class#method} (a DRL function is a method, a declared type a class), and the member.
     */
    public record Refusal(String className, String origin, String member) {
    }

    /** What the allow-list allows, for messages. */
    public static final String ALLOWED = "a pack's compiled rules may use only the fact model, tables, internal.calc and internal.logic, "
            + "Context/Reported/Undecided/Outcome, RiskColor/Severity/Text, java.lang's strings, numbers, Math and exceptions, java.util "
            + "collections, streams and functions, java.time and java.math (no file, network, process, reflection, class loading, thread, "
            + "clock or randomness)";

    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "StringBuilder", "StringBuffer", "CharSequence", "Math",
            "StrictMath", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean", "Character", "Number", "Comparable", "Iterable",
            "Enum", "Record", "Void", "Class", "Cloneable", "Override", "FunctionalInterface", "Deprecated", "SafeVarargs",
            "SuppressWarnings", "Throwable", "Runnable");
    /** Of java.lang.Class, only what names or tests a type. */
    private static final Set<String> CLASS_MEMBERS = Set.of("getName", "getSimpleName", "isInstance", "cast", "equals", "hashCode",
            "toString", "desiredAssertionStatus", "isArray", "isEnum", "isAssignableFrom");
    private static final List<String> JAVA_PACKAGES = List.of("java/util/", "java/time/", "java/math/");
    private static final List<String> JAVA_DENIED = List.of("java/util/concurrent/", "java/util/logging/", "java/util/prefs/",
            "java/util/zip/", "java/util/jar/", "java/util/spi/", "java/util/random/", "java/util/ServiceLoader", "java/util/Timer",
            "java/util/Random", "java/util/SplittableRandom", "java/util/UUID", "java/util/Date", "java/util/Calendar",
            "java/util/GregorianCalendar", "java/util/Formatter", "java/util/Scanner", "java/util/Properties", "java/util/ResourceBundle",
            "java/util/PropertyResourceBundle", "java/util/ListResourceBundle", "java/time/Clock", "java/time/InstantSource",
            "java/time/zone/ZoneRulesProvider");
    /** Members of allowed classes that reach the clock, system properties, global defaults or other threads. */
    private static final Set<String> DENIED_MEMBERS = Set.of("now", "random", "getBoolean", "getInteger", "getLong", "setDefault",
            "parallel", "parallelStream", "wait", "notify", "notifyAll");
    private static final List<String> PROJECT_PACKAGES = List.of("dev/safegrade/internal/model/", "dev/safegrade/internal/tables/",
            "dev/safegrade/internal/calc/", "dev/safegrade/internal/logic/");
    private static final Set<String> PROJECT_CLASSES = Set.of("dev/safegrade/Text", "dev/safegrade/internal/engine/Context", "dev/safegrade/internal/engine/Reported",
            "dev/safegrade/internal/engine/Undecided", "dev/safegrade/internal/engine/Outcome", "dev/safegrade/RiskColor",
            "dev/safegrade/Severity");
    /**
     * What the executable model's generated code is made of: its DSL (org.drools.model: patterns, variables, the
     * function interfaces lambdas implement, consequences, declared-type metadata) and the pattern DSL's entry class.
     * Not the engine (drools-core), MVEL, KieServices or class loading.
     */
    private static final List<String> DROOLS_PACKAGES = List.of("org/drools/model/", "org/drools/modelcompiler/dsl/pattern/D",
            "org/drools/core/base/accumulators/");
    private static final Set<String> DROOLS_CLASSES = Set.of("org/kie/api/runtime/rule/RuleContext", "org/kie/api/definition/type/Role",
            "org/kie/api/definition/type/Role$Type", "org/kie/api/definition/type/ClassReactive", "org/kie/api/definition/type/PropertyReactive",
            "org/kie/api/definition/type/Position", "org/kie/api/definition/type/Key", "org/kie/api/definition/type/Label",
            "org/kie/api/definition/type/Description", "org/kie/api/definition/type/Duration", "org/kie/api/definition/type/Timestamp",
            "org/kie/api/definition/type/Expires", "org/kie/api/definition/type/TypeSafe", "org/kie/api/definition/type/Modifies",
            "org/drools/core/factmodel/GeneratedFact", "org/drools/base/factmodel/GeneratedFact",
            "org/drools/modelcompiler/consequence/DroolsImpl", "org/drools/modelcompiler/util/EvaluationUtil",
            "org/drools/base/factmodel/AccessibleFact", "java/io/Serializable", "java/lang/invoke/SerializedLambda");
    /** Single members of otherwise refused classes that generated code calls (declared types, date constants). */
    private static final Set<String> MEMBERS = Set.of("java/lang/System.arraycopy", "org/drools/util/DateUtils.getDateFormatMask");
    /** Drools members that reach the session or the engine beyond the rule's own facts. */
    private static final Set<String> DROOLS_DENIED_MEMBERS = Set.of("getRuntime", "getKieRuntime", "getKnowledgeRuntime",
            "getWorkingMemory", "getEntryPoint", "getChannels", "getContext", "asKnowledgeHelper", "halt");

    private CodeCheck() {
    }

    /**
     * A class the build generated from a shipped pack (under {@code safegrade/}, e.g. a declared type the executable
     * model reuses when an edited copy of that pack declares it too): checked with the shipped packs, like them.
     */
    static boolean shippedRuleClass(String name) {
        return name.startsWith("safegrade/") && CodeCheck.class.getClassLoader().getResource(name + ".class") != null;
    }

    /** Whether code may reference this class ({@code internal/Name} form, not an array). */
    static boolean allowedClass(String name) {
        if (DROOLS_CLASSES.contains(name)) {
            return true;
        }
        if (name.startsWith("java/lang/")) {
            String simple = name.substring("java/lang/".length());
            return !simple.contains("/") && (JAVA_LANG.contains(simple) || ((simple.endsWith("Exception") || simple.endsWith("Error"))
                    && !simple.contains("$")));
        }
        if (JAVA_PACKAGES.stream().anyMatch(name::startsWith)) {
            return JAVA_DENIED.stream().noneMatch(name::startsWith);
        }
        if (PROJECT_CLASSES.contains(name) || PROJECT_PACKAGES.stream().anyMatch(name::startsWith)) {
            return true;
        }
        return DROOLS_CLASSES.contains(name) || DROOLS_PACKAGES.stream().anyMatch(name::startsWith);
    }

    static boolean allowedMember(String owner, String member) {
        if (owner.equals("java/lang/Class")) {
            return CLASS_MEMBERS.contains(member);
        }
        if (DENIED_MEMBERS.contains(member) && owner.startsWith("java/")) {
            return false;
        }
        return !(owner.startsWith("org/") && DROOLS_DENIED_MEMBERS.contains(member));
    }

    /**
     * The refused references of these classes ({@code internal/Name} → bytecode), in class order, each once per class.
     *
     * @param classes every class the pack compiled to; they may reference one another
     */
    public static List<Refusal> check(Map<String, byte[]> classes) {
        Map<String, String> origins = origins(classes);
        List<Refusal> refused = new ArrayList<>();
        classes.forEach((name, bytes) -> {
            Map<String, String> found = new LinkedHashMap<>(); // member -> the method it is in
            new ClassReader(bytes).accept(new Scanner(classes.keySet(), found), 0);
            String simple = name.substring(name.lastIndexOf('/') + 1);
            found.forEach((member, method) -> refused.add(new Refusal(name.replace('/', '.'),
                    origins.getOrDefault(name, simple + "#" + method), member)));
        });
        return refused;
    }

    /**
     * Which rule each generated class belongs to: a rule's method (it calls {@code D.rule(package, name)}) names the
     * lambda classes of its constraints and consequence. A class no rule names keeps its own name (functions, types).
     */
    private static Map<String, String> origins(Map<String, byte[]> classes) {
        Map<String, String> origins = new LinkedHashMap<>();
        for (byte[] bytes : classes.values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        final List<String> strings = new ArrayList<>();
                        final Set<String> used = new LinkedHashSet<>();
                        String rule;

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s) {
                                strings.add(s);
                            }
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                            if (classes.containsKey(owner)) {
                                used.add(owner);
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor, boolean itf) {
                            if (classes.containsKey(owner)) {
                                used.add(owner);
                            }
                            if (rule == null && owner.equals("org/drools/modelcompiler/dsl/pattern/D") && methodName.equals("rule")
                                    && methodDescriptor.startsWith("(Ljava/lang/String;Ljava/lang/String;)") && !strings.isEmpty()) {
                                rule = strings.get(strings.size() - 1);
                            }
                        }

                        @Override
                        public void visitEnd() {
                            if (rule != null) {
                                used.forEach(c -> origins.putIfAbsent(c, "rule \"" + rule + "\""));
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        }
        return origins;
    }

    /** Collects the refused references of one class. */
    private static final class Scanner extends ClassVisitor {
        private final Set<String> own;
        private final Map<String, String> found;
        private String method = "";

        Scanner(Set<String> own, Map<String, String> found) {
            super(Opcodes.ASM9);
            this.own = own;
            this.found = found;
        }

        private void refuse(String member) {
            found.putIfAbsent(member, method);
        }

        private void type(String internalName) {
            String t = internalName;
            while (t.startsWith("[")) {
                t = t.substring(1);
            }
            if (t.startsWith("L") && t.endsWith(";")) {
                t = t.substring(1, t.length() - 1);
            } else if (t.length() == 1 && internalName.startsWith("[")) {
                return; // an array of a primitive type
            }
            if (!own.contains(t) && !allowedClass(t) && !shippedRuleClass(t)) {
                refuse(t.replace('/', '.'));
            }
        }

        private void descriptor(String descriptor) {
            Type t = Type.getType(descriptor);
            if (t.getSort() == Type.METHOD) {
                for (Type a : t.getArgumentTypes()) {
                    value(a);
                }
                value(t.getReturnType());
            } else {
                value(t);
            }
        }

        private void value(Type t) {
            if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                type(t.getDescriptor());
            }
        }

        private void member(String owner, String name, String descriptor) {
            String o = owner;
            if (MEMBERS.contains(o + "." + name)) {
                descriptor(descriptor);
                return;
            }
            if (o.startsWith("[")) {
                type(o);
                return; // clone() of an array
            }
            if (own.contains(o) || shippedRuleClass(o)) {
                descriptor(descriptor);
                return;
            }
            if (!allowedClass(o)) {
                refuse(o.replace('/', '.') + "." + name);
                return;
            }
            if (!allowedMember(o, name)) {
                refuse(o.replace('/', '.') + "." + name);
                return;
            }
            descriptor(descriptor);
        }

        private void handle(Handle h) {
            member(h.getOwner(), h.getName(), h.getDesc());
        }

        private void constant(Object value) {
            if (value instanceof Type t) {
                if (t.getSort() == Type.METHOD) {
                    descriptor(t.getDescriptor());
                } else {
                    value(t);
                }
            } else if (value instanceof Handle h) {
                handle(h);
            } else if (value instanceof ConstantDynamic c) {
                refuse("a dynamic constant (" + c.getBootstrapMethod().getOwner().replace('/', '.') + "." + c.getBootstrapMethod().getName() + ")");
            }
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            if (superName != null) {
                type(superName);
            }
            if (interfaces != null) {
                for (String i : interfaces) {
                    type(i);
                }
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptor(descriptor);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            method = name;
            descriptor(descriptor);
            if (exceptions != null) {
                for (String e : exceptions) {
                    type(e);
                }
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitTypeInsn(int opcode, String type) {
                    type(type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                    member(owner, fieldName, fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor, boolean itf) {
                    member(owner, methodName, methodDescriptor);
                }

                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bsm, Object... args) {
                    String b = bsm.getOwner() + "." + bsm.getName();
                    if (!b.equals("java/lang/invoke/LambdaMetafactory.metafactory") && !b.equals("java/lang/invoke/LambdaMetafactory.altMetafactory")
                            && !b.equals("java/lang/invoke/StringConcatFactory.makeConcatWithConstants")) {
                        refuse("invokedynamic " + b.replace('/', '.'));
                    }
                    descriptor(indyDescriptor);
                    for (Object a : args) {
                        constant(a);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int numDimensions) {
                    type(arrayDescriptor);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        type(type);
                    }
                }
            };
        }
    }
}
