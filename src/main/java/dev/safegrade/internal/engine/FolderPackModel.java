package dev.safegrade.internal.engine;

import dev.safegrade.PackException;
import dev.safegrade.internal.explain.RuleLogic;
import dev.safegrade.internal.packs.Pack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * A pack the build did not precompile (a rule author's folder, or an edited copy of a shipped pack), compiled at run
 * time to the executable model as the build does ({@link Precompiler}), its bytecode checked by {@link CodeCheck}
 * before any class of it is loaded, then loaded by a class loader of its own. Nothing of the pack runs before the
 * check has passed: class definition runs no code, and the model classes are instantiated afterwards.
 */
final class FolderPackModel {
    /** The model classes of a pack and the loader that holds them. */
    record Source(List<String> classes, ClassLoader loader) {
    }

    private FolderPackModel() {
    }

    /**
     * @throws PackException when the DRL does not compile, or its compiled code references anything outside
     *                       {@link CodeCheck}'s allow-list (the message names the file, the rule and the reference)
     */
    static Source compile(Pack pack) {
        Source cached = CACHE.get(pack.id() + "@" + pack.digest());
        if (cached != null) {
            return cached;
        }
        Built built = build(pack);
        if (!built.refused().isEmpty()) {
            throw refusal(pack, built.refused());
        }
        return built.source();
    }

    /** Every reference of the pack's compiled code the check refuses, each once, where its DRL makes it. */
    static List<CompiledPacks.CodeProblem> refusals(Pack pack) {
        if (CACHE.containsKey(pack.id() + "@" + pack.digest())) {
            return List.of();
        }
        List<CompiledPacks.CodeProblem> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CodeCheck.Refusal r : build(pack).refused()) {
            Place where = locate(pack, r.origin());
            if (seen.add(where.file() + where.line() + r.member())) {
                out.add(new CompiledPacks.CodeProblem(where.file(), where.line(), where.what() + " uses " + r.member() + ", which rules may not use"));
            }
        }
        return out;
    }

    private record Built(Source source, List<CodeCheck.Refusal> refused) {
    }

    /** Compiled packs whose code passed, by id@digest: a pack is compiled once per JVM (lint, then its cases). */
    private static final Map<String, Source> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Built build(Pack pack) {
        Map<String, byte[]> classes = new TreeMap<>();
        List<String> models = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : kjar(pack).entrySet()) {
            String name = e.getKey();
            if (name.endsWith("/drools-model")) {
                new String(e.getValue(), StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.contains(":")).forEach(models::add);
            } else if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                classes.put(name.substring(0, name.length() - ".class".length()), e.getValue());
            }
        }
        List<CodeCheck.Refusal> refused = CodeCheck.check(classes);
        if (!refused.isEmpty()) {
            return new Built(null, refused);
        }
        Source source = new Source(List.copyOf(models), new BytesLoader(classes, FolderPackModel.class.getClassLoader()));
        CACHE.put(pack.id() + "@" + pack.digest(), source);
        return new Built(source, List.of());
    }

    /** The check's refusal as the pack's error: the first reference, its rule and file, and how many there are. */
    static PackException refusal(Pack pack, List<CodeCheck.Refusal> refused) {
        CodeCheck.Refusal first = refused.get(0);
        Place where = locate(pack, first.origin());
        int more = (int) refused.stream().map(CodeCheck.Refusal::member).distinct().count() - 1;
        return new PackException(pack.id(), where.file(), where.line(), where.what() + " uses " + first.member()
                + ", which rules may not use" + (more > 0 ? " (and " + more + " more refused reference" + (more > 1 ? "s" : "") + ")" : "")
                + ": " + CodeCheck.ALLOWED);
    }

    /** Where a rule, function or declared type is in the pack's DRL, and what it is. */
    private record Place(String file, int line, String what) {
    }

    /** The rule, function or declared type the generated code {@code origin} comes from; the first file when not found. */
    static Place locate(Pack pack, String origin) {
        if (origin.startsWith("rule \"")) {
            String name = origin.substring(6, origin.length() - 1);
            for (Map.Entry<String, String> f : pack.drl().entrySet()) {
                for (RuleLogic.DrlRule r : RuleLogic.rules(f.getKey(), f.getValue())) {
                    if (r.name().equals(name)) {
                        return new Place(f.getKey(), r.firstLine(), origin);
                    }
                }
            }
        } else {
            String cls = origin.substring(0, origin.indexOf('#'));
            String method = origin.substring(origin.indexOf('#') + 1);
            cls = cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls;
            for (Map.Entry<String, String> f : pack.drl().entrySet()) {
                for (RuleLogic.DrlFunction fn : RuleLogic.functions(f.getKey(), f.getValue())) {
                    if (fn.name().equals(method)) {
                        return new Place(f.getKey(), fn.firstLine(), "function " + method);
                    }
                }
            }
            Pattern declare = Pattern.compile("^\\s*(declare\\s+" + Pattern.quote(cls) + "\\b)", Pattern.MULTILINE);
            for (Map.Entry<String, String> f : pack.drl().entrySet()) {
                Matcher m = declare.matcher(f.getValue());
                if (m.find()) {
                    int line = (int) f.getValue().substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                    return new Place(f.getKey(), line, "declare " + cls);
                }
            }
        }
        return new Place(firstFile(pack), 0, "the generated code " + origin.replace('#', '.'));
    }

    private static String firstFile(Pack pack) {
        return pack.drl().keySet().stream().findFirst().orElse("pack.json");
    }

    /** The pack's DRL built to the executable model: the kjar's entries, by name. */
    private static Map<String, byte[]> kjar(Pack pack) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("dev.safegrade.folder", pack.id() + "-" + Integer.toHexString(pack.digest().hashCode()), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String[]> written = new LinkedHashMap<>();
        DrlSources.write(pack, kfs, written);
        try {
            KieBuilder builder;
            try {
                builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            } catch (RuntimeException e) {
                // Drools' code generator fails on some DRL it cannot translate instead of reporting it
                throw new PackException(pack.id(), firstFile(pack), 0, "DRL does not compile to the executable model: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            }
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                // The executable model's errors often lack a line; the DRL compiler's first error has one (it throws).
                CompiledPacks.drlErrors(pack);
                Message first = errors.get(0);
                String[] origin = originOf(written, first.getPath());
                String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more DRL error(s))" : "";
                // An error in the Java generated from the DRL has no DRL line: the pack's first file is named.
                throw new PackException(pack.id(), origin == null ? firstFile(pack) : origin[1], origin == null ? 0 : first.getLine(),
                        "DRL does not compile: " + first.getText().trim() + more);
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(((InternalKieModule) builder.getKieModule()).getBytes()))) {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entries;
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** {pack, file} of a DRL resource path Drools reports; null for anything else (generated Java, no path). */
    private static String[] originOf(Map<String, String[]> written, String path) {
        if (path != null) {
            for (Map.Entry<String, String[]> w : written.entrySet()) {
                if (path.endsWith(w.getKey())) {
                    return w.getValue();
                }
            }
        }
        return null;
    }

    /** Defines the pack's classes from their bytes; everything else from the library's loader. */
    private static final class BytesLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("safegrade-pack", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
