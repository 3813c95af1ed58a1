package dev.safegrade.internal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Pointers;
import dev.safegrade.internal.packs.Pack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Where a rule's decision is made in its pack: the DRL rule named by its id; or, for a table-driven rule, the
 * table rows that name it and the helper rules that match on that table (or name the id in a string). With them
 * the DRL functions those rules call, transitively, and the calls into the project's Java ({@code Tri.isFalse},
 * {@code Items.observed} …) that the rules and functions make, so that a reader sees the whole decision and not
 * only a rule's shell. DRL is read with the Drools parser.
 *
 * @param drlRules  the DRL rules that decide it, the one named by the id first
 * @param tableRows the table rows that report under it
 * @param functions the DRL functions the rules call, each followed by the functions it calls (depth first, each once)
 * @param javaCalls the static methods of the project's classes ({@code dev.safegrade.…}) the rules and functions call,
 *                  in order of first call
 */
public record RuleLogic(List<DrlRule> drlRules, List<TableRow> tableRows, List<DrlFunction> functions, List<JavaCall> javaCalls) {
    private static final String PROJECT = "dev.safegrade.";
    private static final Pattern CALL = Pattern.compile("(?<![\\w.$])([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern STATIC_CALL = Pattern.compile("(?<![\\w.$])([A-Z]\\w*)\\s*\\.\\s*([a-z]\\w*)\\s*\\(");

    /**
     * A rule of a DRL file with the comment lines just above it.
     *
     * @param firstLine the 1-based line of {@code rule "…"}
     * @param lastLine  the line of its {@code end}
     */
    public record DrlRule(String name, String file, int firstLine, int lastLine, String text) {
    }

    /**
     * A function of a DRL file with the comment lines just above it.
     *
     * @param firstLine the 1-based line of {@code function …}
     * @param lastLine  the line of its closing brace
     */
    public record DrlFunction(String name, String file, int firstLine, int lastLine, String text) {
    }

    /**
     * A static method of the project's Java that DRL calls.
     *
     * @param className the class's simple name, as the DRL writes it
     * @param type      its fully qualified name
     * @param summary   the first sentence of the method's javadoc; empty when not known
     */
    public record JavaCall(String className, String type, String method, String summary) {
        public String name() {
            return className + "." + method;
        }
    }

    /** A row (any object with {@code "rule": id}) of a table, at a JSON Pointer of the table. */
    public record TableRow(String file, String table, String pointer, JsonNode row) {
    }

    /** The parsed DRL of a file: its rules, functions and the project's classes it imports (simple name → type). */
    private record DrlFile(List<DrlRule> rules, List<DrlFunction> functions, Map<String, String> imports) {
    }

    public static RuleLogic of(Pack pack, String ruleId) {
        List<TableRow> rows = new ArrayList<>();
        pack.tables().forEach((file, table) -> findRows(file, table.path("id").asText(file), table, "", ruleId, rows));
        List<DrlRule> direct = new ArrayList<>();
        List<DrlRule> helpers = new ArrayList<>();
        Map<String, DrlFunction> functions = new LinkedHashMap<>();
        Map<String, String> imports = new LinkedHashMap<>();
        for (Map.Entry<String, String> drl : pack.drl().entrySet()) {
            DrlFile parsed = parse(drl.getKey(), drl.getValue());
            parsed.functions().forEach(f -> functions.putIfAbsent(f.name(), f));
            parsed.imports().forEach(imports::putIfAbsent);
            for (DrlRule r : parsed.rules()) {
                if (r.name().equals(ruleId)) {
                    direct.add(r);
                } else if (Character.isLowerCase(r.name().charAt(0)) && (mentions(r, ruleId)
                        || rows.stream().anyMatch(row -> mentions(r, row.table())))) {
                    helpers.add(r);
                }
            }
        }
        direct.addAll(helpers);
        // Functions are shared by the files of a package (a pack's DRL is one package); follow the calls depth first.
        Set<String> called = new LinkedHashSet<>();
        Set<String> javaCalls = new LinkedHashSet<>();
        for (DrlRule r : direct) {
            follow(code(r.text()), functions, called, javaCalls, imports);
        }
        List<JavaCall> java = new ArrayList<>();
        for (String call : javaCalls) {
            String className = call.substring(0, call.indexOf('.'));
            String method = call.substring(call.indexOf('.') + 1);
            java.add(new JavaCall(className, imports.get(className), method, JavaSummaries.of(imports.get(className), method)));
        }
        return new RuleLogic(List.copyOf(direct), List.copyOf(rows), called.stream().map(functions::get).toList(), List.copyOf(java));
    }

    private static void follow(String code, Map<String, DrlFunction> functions, Set<String> called, Set<String> javaCalls,
                               Map<String, String> imports) {
        // In order of appearance: a Java call and a function call are found in one pass, so the order is the text's.
        List<int[]> at = new ArrayList<>();
        List<String> what = new ArrayList<>();
        Matcher s = STATIC_CALL.matcher(code);
        while (s.find()) {
            if (imports.containsKey(s.group(1))) {
                at.add(new int[] {s.start()});
                what.add("J" + s.group(1) + "." + s.group(2));
            }
        }
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            if (functions.containsKey(m.group(1))) {
                at.add(new int[] {m.start()});
                what.add("F" + m.group(1));
            }
        }
        Integer[] order = new Integer[at.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(at.get(a)[0], at.get(b)[0]));
        for (int i : order) {
            String w = what.get(i);
            if (w.startsWith("J")) {
                javaCalls.add(w.substring(1));
            } else if (called.add(w.substring(1))) {
                DrlFunction f = functions.get(w.substring(1));
                follow(code(f.text()), functions, called, javaCalls, imports);
            }
        }
    }

    /** DRL text without its comments and string literals, of the same length (so that calls are found in code only). */
    static String code(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    b.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                while (i < end) {
                    b.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                b.append(' ');
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    boolean escape = text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n';
                    b.append(escape ? "  " : " ");
                    i += escape ? 2 : 1;
                }
                if (i < text.length() && text.charAt(i) == c) {
                    b.append(' ');
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The rules of a DRL file, each with the comment lines directly above it. */
    public static List<DrlRule> rules(String file, String text) {
        return parse(file, text).rules();
    }

    /** The functions of a DRL file, each with the comment lines directly above it. */
    public static List<DrlFunction> functions(String file, String text) {
        return parse(file, text).functions();
    }

    /** Recently parsed files by name and text: a rule page or explain asks for every rule of the same files. */
    private static final Map<List<String>, DrlFile> PARSED = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, DrlFile> eldest) {
            return size() > 64;
        }
    });

    private static DrlFile parse(String file, String text) {
        List<String> key = List.of(file, text);
        DrlFile cached = PARSED.get(key);
        if (cached == null) {
            cached = parseNow(file, text);
            PARSED.put(key, cached);
        }
        return cached;
    }

    private static DrlFile parseNow(String file, String text) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        if (descr == null || parser.hasErrors()) {
            throw new IllegalArgumentException(file + " does not parse: " + parser.getErrors());
        }
        String[] lines = text.split("\n", -1);
        List<DrlRule> rules = new ArrayList<>();
        for (RuleDescr r : descr.getRules()) {
            int[] span = span(text, r);
            rules.add(new DrlRule(r.getName(), file, span[0], span[1], withComments(lines, span)));
        }
        List<DrlFunction> functions = new ArrayList<>();
        for (FunctionDescr f : descr.getFunctions()) {
            int[] span = span(text, f);
            functions.add(new DrlFunction(f.getName(), file, span[0], span[1], withComments(lines, span)));
        }
        Map<String, String> imports = new LinkedHashMap<>();
        for (ImportDescr i : descr.getImports()) {
            String type = i.getTarget();
            if (type.startsWith(PROJECT) && !type.endsWith(".*")) {
                imports.put(type.substring(type.lastIndexOf('.') + 1), type);
            }
        }
        return new DrlFile(rules, functions, imports);
    }

    /** The 1-based first and last line of a descr, from its characters (the parser's end line is not always its last). */
    private static int[] span(String text, BaseDescr d) {
        int start = Math.max(0, d.getStartCharacter());
        int end = Math.min(text.length(), Math.max(start, d.getEndCharacter()));
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {line(text, start), line(text, Math.max(start, end - 1))};
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String withComments(String[] lines, int[] span) {
        int start = span[0] - 1;
        while (start > 0 && lines[start - 1].trim().startsWith("//")) {
            start--;
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k < span[1]; k++) {
            b.append(lines[k].replaceAll("\\s+$", "")).append('\n');
        }
        return b.toString();
    }

    private static boolean mentions(DrlRule r, String literal) {
        return r.text().contains("\"" + literal + "\"");
    }

    private static void findRows(String file, String table, JsonNode node, String at, String ruleId, List<TableRow> out) {
        if (node.isObject()) {
            if (ruleId.equals(node.path("rule").asText(null))) {
                out.add(new TableRow(file, table, at, node));
            }
            node.properties().forEach(e -> findRows(file, table, e.getValue(), Pointers.child(at, e.getKey()), ruleId, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findRows(file, table, node.get(i), Pointers.child(at, i), ruleId, out);
            }
        }
    }
}
