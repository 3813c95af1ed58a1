package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * "score-bands" (ScoreBand): classes of a score, rows from the lowest band up, each from {@code from} (inclusive)
 * to {@code below} (exclusive). Every score must fall in exactly one band: the first row has no {@code from}, the
 * last no {@code below}, and each row starts where the previous one ends (a later start leaves a gap, an earlier
 * one an overlap). Each row names its grade once and labels it in zh and en.
 */
final class ScoreBandsCheck implements TableKindCheck {
    @Override
    public String kind() {
        return "score-bands";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        if (!table.path("id").isTextual()) {
            out.problem("/id", "a score-bands table needs an \"id\" (rules match on it)");
        }
        JsonNode rows = table.path("rows");
        if (!rows.isArray() || rows.isEmpty()) {
            out.problem("/rows", "a score-bands table needs \"rows\", from the lowest band up");
            return;
        }
        Set<String> grades = new HashSet<>();
        BigDecimal[] from = new BigDecimal[rows.size()];
        BigDecimal[] below = new BigDecimal[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/rows/" + i;
            String grade = row.path("grade").asText("");
            if (grade.isEmpty()) {
                out.problem(at, "row " + i + " needs a \"grade\"");
            } else if (!grades.add(grade)) {
                out.problem(at + "/grade", "grade \"" + grade + "\" has two rows");
            }
            if (row.path("label").path("zh").asText("").isBlank() || row.path("label").path("en").asText("").isBlank()) {
                out.problem(at, "row " + i + " needs a \"label\" {zh, en}");
            }
            from[i] = number(row, "from", at, out);
            below[i] = number(row, "below", at, out);
            if (from[i] != null && below[i] != null && from[i].compareTo(below[i]) >= 0) {
                out.problem(at, "row " + i + " (" + grade + ") holds no score: from " + plain(from[i]) + " below " + plain(below[i]));
            }
        }
        int last = rows.size() - 1;
        if (from[0] != null) {
            out.problem("/rows/0/from", "gap: scores below " + plain(from[0]) + " are in no band (the first row, the lowest band, has no \"from\")");
        }
        if (below[last] != null) {
            out.problem("/rows/" + last + "/below", "gap: scores from " + plain(below[last])
                    + " up are in no band (the last row, the highest band, has no \"below\")");
        }
        for (int i = 1; i <= last; i++) {
            String lower = "row " + (i - 1) + " (" + rows.get(i - 1).path("grade").asText() + ")";
            String higher = "row " + i + " (" + rows.get(i).path("grade").asText() + ")";
            if (below[i - 1] == null) {
                out.problem("/rows/" + (i - 1), "overlap: " + lower + " has no \"below\", so it also holds every score of " + higher
                        + " (only the last row is open above)");
                continue;
            }
            if (from[i] == null) {
                out.problem("/rows/" + i, "overlap: " + higher + " has no \"from\", so it also holds every score of " + lower
                        + " (only the first row is open below)");
                continue;
            }
            int c = from[i].compareTo(below[i - 1]);
            if (c > 0) {
                out.problem("/rows/" + i + "/from", "gap: scores from " + plain(below[i - 1]) + " below " + plain(from[i]) + " are in no band ("
                        + lower + " ends below " + plain(below[i - 1]) + ", " + higher + " starts from " + plain(from[i]) + ")");
            } else if (c < 0) {
                out.problem("/rows/" + i + "/from", "overlap: scores from " + plain(from[i]) + " below " + plain(below[i - 1]) + " are in both "
                        + lower + " and " + higher);
            }
        }
    }

    private static BigDecimal number(JsonNode row, String key, String at, Out out) {
        if (!row.has(key)) {
            return null;
        }
        if (!row.get(key).isNumber()) {
            out.problem(at + "/" + key, "\"" + key + "\" must be a number, found " + row.get(key));
            return null;
        }
        return row.get(key).decimalValue();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
