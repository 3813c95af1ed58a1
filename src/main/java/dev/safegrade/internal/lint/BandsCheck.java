package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * "bands" (Band: four-colour's colours, levels and factors, park-risk's classes): rows from the highest band down, each bounded below by {@code above}
 * (exclusive) or {@code atLeast} (inclusive) and above by {@code atMost} (inclusive) or {@code below}
 * (exclusive). Every number must fall in exactly one band: the first row has no upper bound, the last no lower
 * bound, and each row starts where the next one ends, with exactly one of the two holding the boundary value
 * (both: that value is in two bands, an overlap; neither: in none, a gap).
 */
final class BandsCheck implements TableKindCheck {
    /** One bound of a row: its value, whether it holds the value itself, and the key it was written with. */
    private record Bound(BigDecimal value, boolean inclusive, String key) {
        String show() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    @Override
    public String kind() {
        return "bands";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        if (!table.path("id").isTextual()) {
            out.problem("/id", "a bands table needs an \"id\" (rules match on it)");
        }
        if (table.has("rule") && !pack.ruleIds().contains(table.path("rule").asText())) {
            out.problem("/rule", "the table reports under rule " + table.path("rule") + ", which pack.json does not describe");
        }
        JsonNode rows = table.path("rows");
        if (!rows.isArray() || rows.isEmpty()) {
            out.problem("/rows", "a bands table needs \"rows\", from the highest band down");
            return;
        }
        Bound[] lower = new Bound[rows.size()];
        Bound[] upper = new Bound[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/rows/" + i;
            if (!row.has("value")) {
                out.problem(at, "row " + i + " needs a \"value\" (the colour, level or factor of the band)");
            }
            if (row.has("above") && row.has("atLeast") || row.has("atMost") && row.has("below")) {
                out.problem(at, "row " + i + ": give at most one lower bound (above or atLeast) and one upper bound (atMost or below)");
                return;
            }
            lower[i] = bound(row, "above", "atLeast", at, out);
            upper[i] = bound(row, "below", "atMost", at, out);
            if (lower[i] != null && upper[i] != null) {
                int c = lower[i].value().compareTo(upper[i].value());
                if (c > 0 || c == 0 && !(lower[i].inclusive() && upper[i].inclusive())) {
                    out.problem(at, "row " + i + " (" + row.path("value") + ") holds no number: " + lower[i].key() + " " + lower[i].show()
                            + " and " + upper[i].key() + " " + upper[i].show());
                }
            }
        }
        int last = rows.size() - 1;
        if (upper[0] != null) {
            out.problem("/rows/0/" + upper[0].key(), "gap: numbers above " + upper[0].show() + (upper[0].inclusive() ? "" : " and it itself")
                    + " are in no band (the first row, the highest band, has no upper bound)");
        }
        if (lower[last] != null) {
            out.problem("/rows/" + last + "/" + lower[last].key(), "gap: numbers below " + lower[last].show()
                    + (lower[last].inclusive() ? "" : " and it itself") + " are in no band (the last row, the lowest band, has no lower bound)");
        }
        for (int i = 0; i < last; i++) {
            String at = "/rows/" + (i + 1);
            String higher = "row " + i + " (" + rows.get(i).path("value") + ")";
            String next = "row " + (i + 1) + " (" + rows.get(i + 1).path("value") + ")";
            if (lower[i] == null) {
                out.problem("/rows/" + i, "overlap: " + higher + " has no lower bound, so it also holds every number of " + next
                        + " (only the last row is open below)");
                continue;
            }
            if (upper[i + 1] == null) {
                out.problem(at, "overlap: " + next + " has no upper bound, so it also holds every number of " + higher
                        + " (only the first row is open above)");
                continue;
            }
            Bound l = lower[i];
            Bound u = upper[i + 1];
            int c = l.value().compareTo(u.value());
            if (c > 0) {
                out.problem(at + "/" + u.key(), "gap: numbers between " + u.show() + " and " + l.show() + " are in no band (" + next + " ends at "
                        + u.show() + ", " + higher + " starts at " + l.show() + ")");
            } else if (c < 0) {
                out.problem(at + "/" + u.key(), "overlap: numbers from " + l.show() + " to " + u.show() + " are in both " + higher + " and " + next);
            } else if (l.inclusive() && u.inclusive()) {
                out.problem(at + "/" + u.key(), "overlap: " + u.show() + " is in both " + higher + " (" + l.key() + ") and " + next + " ("
                        + u.key() + "); one of them must exclude it (above or below)");
            } else if (!l.inclusive() && !u.inclusive()) {
                out.problem(at + "/" + u.key(), "gap: " + u.show() + " itself is in no band (" + higher + " is " + l.key() + " it, " + next
                        + " " + u.key() + " it); one of them must include it (atLeast or atMost)");
            }
        }
    }

    /** The row's bound written with either key, or null when it has neither (open). */
    private static Bound bound(JsonNode row, String exclusiveKey, String inclusiveKey, String at, Out out) {
        String key = row.has(exclusiveKey) ? exclusiveKey : row.has(inclusiveKey) ? inclusiveKey : null;
        if (key == null) {
            return null;
        }
        if (!row.get(key).isNumber()) {
            out.problem(at + "/" + key, "\"" + key + "\" must be a number, found " + row.get(key));
            return null;
        }
        return new Bound(row.get(key).decimalValue(), key.equals(inclusiveKey), key);
    }
}
