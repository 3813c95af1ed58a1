package dev.safegrade.internal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Pointers;
import dev.safegrade.internal.packs.Pack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rule's decision is made in its pack: the DRL rule named by its id; or, for a table-driven rule, the
 * table rows that name it and the helper rules that match on that table (or name the id in a string).
 *
 * @param drlRules  the DRL rules that decide it, the one named by the id first
 * @param tableRows the table rows that report under it
 */
public record RuleLogic(List<DrlRule> drlRules, List<TableRow> tableRows) {
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern RULE_END = Pattern.compile("^\\s*end\\s*$");

    /**
     * A rule of a DRL file with the comment lines just above it.
     *
     * @param firstLine the 1-based line of {@code rule "…"}
     * @param lastLine  the line of its {@code end}
     */
    public record DrlRule(String name, String file, int firstLine, int lastLine, String text) {
    }

    /** A row (any object with {@code "rule": id}) of a table, at a JSON Pointer of the table. */
    public record TableRow(String file, String table, String pointer, JsonNode row) {
    }

    public static RuleLogic of(Pack pack, String ruleId) {
        List<TableRow> rows = new ArrayList<>();
        pack.tables().forEach((file, table) -> findRows(file, table.path("id").asText(file), table, "", ruleId, rows));
        List<DrlRule> direct = new ArrayList<>();
        List<DrlRule> helpers = new ArrayList<>();
        for (Map.Entry<String, String> drl : pack.drl().entrySet()) {
            for (DrlRule r : rules(drl.getKey(), drl.getValue())) {
                if (r.name().equals(ruleId)) {
                    direct.add(r);
                } else if (Character.isLowerCase(r.name().charAt(0)) && (mentions(r, ruleId)
                        || rows.stream().anyMatch(row -> mentions(r, row.table())))) {
                    helpers.add(r);
                }
            }
        }
        direct.addAll(helpers);
        return new RuleLogic(List.copyOf(direct), List.copyOf(rows));
    }

    /** The rules of a DRL file, each with the comment lines directly above it. */
    public static List<DrlRule> rules(String file, String text) {
        List<DrlRule> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_START.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int end = i;
            while (end < lines.length - 1 && !RULE_END.matcher(lines[end]).matches()) {
                end++;
            }
            int start = i;
            while (start > 0 && lines[start - 1].trim().startsWith("//")) {
                start--;
            }
            StringBuilder b = new StringBuilder();
            for (int k = start; k <= end; k++) {
                b.append(lines[k].replaceAll("\\s+$", "")).append('\n');
            }
            out.add(new DrlRule(name, file, i + 1, end + 1, b.toString()));
            i = end;
        }
        return out;
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
