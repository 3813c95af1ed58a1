package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "grade-thresholds" (GradeThreshold): rows from the highest grade down, each the lowest value per measure of
 * its grade ("以上包括本数"); a subject takes the highest grade any measure reaches. So for every measure the
 * bounds fall strictly from row to row (an equal or higher bound leaves the lower grade no values of that
 * measure: the bands overlap), and the lowest row starts some measure at 0, so that every subject reaches it
 * (else a subject below all its bounds reaches no grade: a gap), unless the table states in
 * {@code belowLowestRow} why such subjects take none (a table of the grades some rule counts, say "large and
 * above"). Measures are counts and amounts, so their domain is [0, ∞).
 */
final class GradeThresholdsCheck implements TableKindCheck {
    /** A table that grades only the upper part of the domain says so, and why, under this key. */
    static final String BELOW_LOWEST_ROW = "belowLowestRow";

    @Override
    public String kind() {
        return "grade-thresholds";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        Set<String> ruleIds = pack.ruleIds();
        if (!table.path("id").isTextual()) {
            out.problem("/id", "a grade-thresholds table needs an \"id\" (rules match on it)");
        }
        JsonNode rows = table.path("rows");
        if (!rows.isArray() || rows.isEmpty()) {
            out.problem("/rows", "a grade-thresholds table needs \"rows\", from the highest grade down");
            return;
        }
        List<String> measures = null;
        Set<String> grades = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/rows/" + i;
            String grade = row.path("grade").asText("");
            if (grade.isEmpty()) {
                out.problem(at, "row " + i + " needs a \"grade\"");
            } else if (!grades.add(grade)) {
                out.problem(at + "/grade", "grade \"" + grade + "\" has two rows");
            }
            String rule = row.path("rule").asText("");
            if (!ruleIds.contains(rule)) {
                out.problem(at + "/rule", "row \"" + grade + "\" reports under rule \"" + rule + "\", which pack.json does not describe");
            }
            JsonNode atLeast = row.path("atLeast");
            if (!atLeast.isObject() || atLeast.isEmpty()) {
                out.problem(at, "row \"" + grade + "\" needs \"atLeast\": {measure: lowest value of the grade}");
                return;
            }
            List<String> these = new ArrayList<>();
            atLeast.fieldNames().forEachRemaining(these::add);
            for (String m : these) {
                if (!atLeast.get(m).isNumber() || atLeast.get(m).decimalValue().signum() < 0) {
                    out.problem(at + "/atLeast/" + m, "the bound of " + m + " must be a number >= 0, found " + atLeast.get(m));
                    return;
                }
            }
            if (measures == null) {
                measures = these;
            } else if (!new HashSet<>(measures).equals(new HashSet<>(these))) {
                out.problem(at + "/atLeast", "row \"" + grade + "\" bounds " + these + " but the first row bounds " + measures
                        + ": every row bounds the same measures");
                return;
            }
        }
        for (String m : measures) {
            for (int i = 1; i < rows.size(); i++) {
                BigDecimal higher = rows.get(i - 1).path("atLeast").get(m).decimalValue();
                BigDecimal lower = rows.get(i).path("atLeast").get(m).decimalValue();
                if (lower.compareTo(higher) >= 0) {
                    out.problem("/rows/" + i + "/atLeast/" + m, "overlap: " + m + " >= " + plain(lower) + " is grade \""
                            + rows.get(i).path("grade").asText() + "\" but already grade \"" + rows.get(i - 1).path("grade").asText()
                            + "\" from " + plain(higher) + ", so \"" + rows.get(i).path("grade").asText() + "\" gets no value of " + m
                            + " (bounds must fall strictly from row to row)");
                }
            }
        }
        // Any one measure reaching its bound reaches the grade: only a subject below every bound of the lowest row has none.
        int last = rows.size() - 1;
        List<String> uncovered = new ArrayList<>();
        for (String m : measures) {
            BigDecimal lowest = rows.get(last).path("atLeast").get(m).decimalValue();
            if (lowest.signum() != 0) {
                uncovered.add(m + " below " + plain(lowest));
            }
        }
        if (uncovered.size() == measures.size() && table.path(BELOW_LOWEST_ROW).asText("").isBlank()) {
            out.problem("/rows/" + last, "gap: a subject with " + String.join(" and ", uncovered) + " reaches no grade (start a measure of the "
                    + "lowest row at 0, or say in \"" + BELOW_LOWEST_ROW + "\" why such subjects take no grade)");
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
