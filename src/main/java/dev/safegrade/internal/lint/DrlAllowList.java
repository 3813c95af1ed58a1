package dev.safegrade.internal.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules decide from facts only: a DRL file imports and names (fully qualified) only the fact model, the
 * tables, pure calculations (internal.calc), the three-valued item logic over facts (internal.logic: Tri, Check,
 * Items, Observations, Certificates, Named), the engine's Context, Reported, Undecided and Outcome,
 * the public RiskColor/Severity, and java.util/java.time/java.math
 * (without their concurrency, logging, zip, prefs or service-loading parts), declares no global but
 * {@code out}, and its code touches no file, network, process, reflection, wall clock or randomness, also
 * through java.lang's implicitly imported classes (System, Runtime, Thread, Class.forName …).
 *
 * <p>A textual scan of the code with comments and strings blanked: it cannot follow a value through a method
 * of an allowed class, which the allow-list keeps harmless.
 */
final class DrlAllowList extends PackCheck {
    /**
     * The facts, the tables, pure calculations on them (exact decimals, GB 18218 sums, time windows), three-valued
     * logic over facts that may be unknown (internal.logic: no IO, clock or randomness; its
     * reflection only reads a model element's field by its JSON key, i.e. the fact model), and java's values.
     */
    private static final List<String> ALLOWED_PACKAGES = List.of("dev.safegrade.internal.model.", "dev.safegrade.internal.tables.",
            "dev.safegrade.internal.calc.", "dev.safegrade.internal.logic.", "java.util.", "java.time.",
            "java.math.");
    /** Of the engine, what rules match on and report through (a DRL function may take {@code out} as a parameter). */
    private static final List<String> ALLOWED_CLASSES = List.of("dev.safegrade.internal.engine.Context",
            "dev.safegrade.internal.engine.Reported", "dev.safegrade.internal.engine.Undecided", "dev.safegrade.internal.engine.Outcome", "dev.safegrade.RiskColor",
            "dev.safegrade.Severity");
    /** Parts of allowed packages that reach threads, files, class loading, the clock or randomness. */
    private static final List<String> DENIED_INSIDE = List.of("java.util.concurrent.", "java.util.logging.", "java.util.prefs.",
            "java.util.zip.", "java.util.jar.", "java.util.spi.", "java.util.ServiceLoader", "java.util.Timer", "java.util.Random",
            "java.util.UUID", "java.util.Date", "java.util.Calendar", "java.util.GregorianCalendar", "java.time.Clock",
            "java.time.InstantSource");
    private static final String GLOBAL = "dev.safegrade.internal.engine.Outcome";

    private static final Pattern IMPORT = Pattern.compile("^[ \\t]*import\\s+(function\\s+|static\\s+)?([\\w.$]+(?:\\.\\*)?)", Pattern.MULTILINE);
    private static final Pattern GLOBAL_DECL = Pattern.compile("^[ \\t]*global\\s+([\\w.$]+)\\s+(\\w+)", Pattern.MULTILINE);
    /** A qualified class name in code: lower-case package parts, then a capitalised name. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w$.])((?:[a-z_][a-z0-9_]*\\.)+[A-Z][\\w$]*)");
    /** java.lang classes every DRL sees without an import, and the calls of reflection, the clock and randomness. */
    private static final Pattern DENIED_CODE = Pattern.compile("(?<![\\w$.])(System|Runtime|ProcessBuilder|Process|ProcessHandle|Thread"
            + "|ThreadGroup|ThreadLocal|InheritableThreadLocal|ClassLoader|SecurityManager|StackWalker|ModuleLayer|Class)\\b"
            + "|\\.\\s*(forName|getClass|getClassLoader|loadClass|getDeclared\\w*|setAccessible|newInstance|now|random|randomUUID)\\s*\\("
            + "|\\.\\s*class\\b|\\bnew\\s+(Random|Date|Timer|File\\w*|Socket|URL)\\b");

    @Override
    public String id() {
        return "drl-allow-list";
    }

    @Override
    public String description() {
        return "DRL imports and names only the fact model, tables, internal.calc/logic, Context/Reported/Undecided/Outcome, RiskColor/Severity, "
                + "java.util/time/math; "
                + "no file, network, process, reflection, clock or randomness";
    }

    @Override
    void check(LintTarget t, Problems p) {
        t.drl().forEach((file, text) -> {
            String code = DrlText.codeOnly(text);
            Matcher imp = IMPORT.matcher(code);
            while (imp.find()) {
                String name = imp.group(2);
                String cls = imp.group(1) != null && imp.group(1).startsWith("function") ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : name;
                if (!allowed(cls)) {
                    p.inFile(t, file, DrlText.lineOf(code, imp.start(2)), "import " + name + " is outside the allow-list: " + ALLOW_LIST);
                }
            }
            Matcher global = GLOBAL_DECL.matcher(code);
            while (global.find()) {
                if (!global.group(1).equals(GLOBAL) || !global.group(2).equals("out")) {
                    p.inFile(t, file, DrlText.lineOf(code, global.start()), "the only global is `global " + GLOBAL + " out;`, found `global "
                            + global.group(1) + " " + global.group(2) + "`");
                }
            }
            String body = blankLines(code, IMPORT, GLOBAL_DECL);
            Matcher q = QUALIFIED.matcher(body);
            while (q.find()) {
                if (!allowed(q.group(1))) {
                    p.inFile(t, file, DrlText.lineOf(body, q.start(1)), q.group(1) + " is outside the allow-list: " + ALLOW_LIST);
                }
            }
            Matcher d = DENIED_CODE.matcher(body);
            while (d.find()) {
                p.inFile(t, file, DrlText.lineOf(body, d.start()), "`" + d.group().trim() + "` is not allowed in rules: they decide from "
                        + "facts only (no file, network, process, reflection, wall clock or randomness; read Context( asOf ) for the date)");
            }
        });
    }

    private static final String ALLOW_LIST = "rules may use dev.safegrade.internal.model.*, dev.safegrade.internal.tables.*, "
            + "dev.safegrade.internal.calc.*, dev.safegrade.internal.logic.*, "
            + "dev.safegrade.internal.engine.Context/Reported/Undecided/Outcome, dev.safegrade.RiskColor/Severity, java.util.*, java.time.*, java.math.* "
            + "(no file, network, process, reflection, clock or randomness)";

    static boolean allowed(String name) {
        if (DENIED_INSIDE.stream().anyMatch(name::startsWith)) {
            return false;
        }
        return ALLOWED_CLASSES.stream().anyMatch(c -> name.equals(c) || name.startsWith(c + "."))
                || ALLOWED_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /** The code with import and global lines blanked: they are checked on their own. */
    private static String blankLines(String code, Pattern... patterns) {
        StringBuilder b = new StringBuilder(code);
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(code);
            while (m.find()) {
                int end = code.indexOf('\n', m.start());
                for (int i = m.start(); i < (end < 0 ? code.length() : end); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }
}
