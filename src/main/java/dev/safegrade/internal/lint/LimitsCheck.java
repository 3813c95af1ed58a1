package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "limits" (Limit): named numbers a regulation sets (a headcount, a distance, an interval), which rules compare
 * facts with. Not a band table: there is no domain to cover. Consistency instead: each row has a unique name, a
 * number >= 0, the clause that sets it and its meaning (whether a fact must stay below, reach or exceed it), and a
 * known confidence if it lowers its source's; and the table and the pack's DRL agree: every
 * {@code Limit( table == "<id>", name == "…" )} of the DRL names a row (else the pattern never matches and its rule
 * silently never fires), and every row is matched by some rule (else the number decides nothing, though a reader
 * of the table would think it does).
 */
final class LimitsCheck implements TableKindCheck {
    private static final List<String> CONFIDENCES = List.of("confirmed", "secondary", "unconfirmed");
    private static final Pattern LIMIT_PATTERN = Pattern.compile("(?<![\\w$.])Limit\\s*\\(");
    private static final Pattern TABLE = Pattern.compile("\\btable\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("\\bname\\s*==\\s*\"([^\"]*)\"");

    @Override
    public String kind() {
        return "limits";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        String id = table.path("id").asText("");
        if (id.isBlank()) {
            out.problem("/id", "a limits table needs an \"id\" (rules match on it)");
        }
        JsonNode rows = table.path("rows");
        if (!rows.isArray()) {
            out.problem("/rows", "a limits table needs \"rows\": [{name, value, clause, meaning}]");
            return;
        }
        if (rows.isEmpty() && table.path("meaning").asText("").isBlank()) {
            // an empty table is data still to be filled (e.g. regional minimums); its meaning says what a row would be
            out.problem("/rows", "a limits table needs \"rows\": [{name, value, clause, meaning}], or, while empty, a \"meaning\" saying what its rows will be");
            return;
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, List<java.time.LocalDate[]>> spans = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/rows/" + i;
            String name = row.path("name").asText("");
            if (name.isBlank()) {
                out.problem(at, "row " + i + " needs a \"name\" (rules match on it)");
            } else {
                java.time.LocalDate from = date(row, "from", at, out);
                java.time.LocalDate until = date(row, "until", at, out);
                names.putIfAbsent(name, i);
                List<java.time.LocalDate[]> seen = spans.computeIfAbsent(name, k -> new java.util.ArrayList<>());
                for (java.time.LocalDate[] other : seen) {
                    boolean apart = (from != null && other[1] != null && from.isAfter(other[1]))
                            || (until != null && other[0] != null && until.isBefore(other[0]));
                    if (!apart) {
                        out.problem(at + "/name", "limit \"" + name + "\" has two rows for the same days (dated rows, from/until, may not overlap)");
                        break;
                    }
                }
                seen.add(new java.time.LocalDate[] {from, until});
            }
            if (!row.path("value").isNumber() || row.path("value").decimalValue().signum() < 0) {
                out.problem(at + "/value", "limit \"" + name + "\" needs a \"value\", a number >= 0 (a count, distance or interval), found "
                        + dev.safegrade.internal.json.SchemaErrors.show(row.path("value")));
            }
            TableKindCheck.clauseAndMeaning(row, at, "limit \"" + name + "\"", "the clause that sets the number", "whether a fact must stay below, reach or exceed it", out);
            if (row.has("confidence") && !CONFIDENCES.contains(row.path("confidence").asText())) {
                out.problem(at + "/confidence", "confidence must be confirmed, secondary or unconfirmed, found " + row.path("confidence"));
            }
        }
        if (id.isBlank()) {
            return;
        }
        Map<String, String> matched = matchedNames(pack, id);
        if (matched == null) {
            return; // some pattern matches the table's limits without naming one: every row may be used
        }
        matched.forEach((name, where) -> {
            if (!names.containsKey(name)) {
                out.problem("/rows", where + " matches limit \"" + name + "\" of table " + id + ", which has no such row: the pattern never "
                        + "matches and its rule never fires");
            }
        });
        names.forEach((name, i) -> {
            if (!matched.containsKey(name)) {
                out.problem("/rows/" + i + "/name", "limit \"" + name + "\" is matched by no Limit( table == \"" + id + "\", name == \"" + name
                        + "\" ) of the pack's DRL: it decides nothing");
            }
        });
    }

    /**
     * The limit names the DRL's {@code Limit(…)} patterns on table {@code id} match, each with the file and line of
     * its first use; null when a pattern on the table names no limit.
     */
    private static Map<String, String> matchedNames(LintTarget pack, String id) {
        Map<String, String> matched = new LinkedHashMap<>();
        for (Map.Entry<String, String> drl : pack.drl().entrySet()) {
            String text = drl.getValue();
            String code = DrlText.codeOnly(text); // same offsets, comments and string contents blanked
            Matcher m = LIMIT_PATTERN.matcher(code);
            while (m.find()) {
                String constraints = text.substring(m.end(), closingParen(code, m.end()));
                Matcher t = TABLE.matcher(constraints);
                if (!t.find() || !t.group(1).equals(id)) {
                    continue;
                }
                Matcher n = NAME.matcher(constraints);
                if (!n.find()) {
                    return null;
                }
                matched.putIfAbsent(n.group(1), drl.getKey() + ":" + DrlText.lineOf(code, m.start()));
            }
        }
        return matched;
    }

    /** The offset of the parenthesis closing the one just before {@code from} (or the end of the code). */
    private static int closingParen(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** A row's optional {@code from}/{@code until}: an ISO date, or null when absent (or invalid: reported). */
    private static java.time.LocalDate date(JsonNode row, String key, String at, Out out) {
        if (!row.has(key)) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(row.path(key).asText(""));
        } catch (java.time.format.DateTimeParseException e) {
            out.problem(at + "/" + key, "\"" + key + "\" must be a date YYYY-MM-DD, found " + row.path(key));
            return null;
        }
    }
}
