package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * "major-hazard-grading" (MajorHazardGrading, GB 18218): the S bound that identifies a 重大危险源, the α bands by
 * the people within 500 m and the level bands by R. Each band list runs from the highest band down, each row
 * holding its {@code …AtLeast} bound up to the row above it, over the domain [0, ∞) (people and R are never
 * negative): so the bounds fall strictly from row to row (an equal bound is an overlap: the later row holds
 * nothing) and the last starts at 0 (else the values below it are in no band: a gap). The values follow the
 * bands: α does not rise as the people fall, and the levels are distinct whole numbers rising as R falls
 * (一级 = 1 is the highest R).
 */
final class MajorHazardGradingCheck implements TableKindCheck {
    @Override
    public String kind() {
        return "major-hazard-grading";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        if (!table.path("id").isTextual()) {
            out.problem("/id", "a major-hazard-grading table needs an \"id\" (rules match on it)");
        }
        JsonNode s = table.path("identifiedAtLeastS");
        if (!s.isNumber() || s.decimalValue().signum() <= 0) {
            out.problem("/identifiedAtLeastS", "\"identifiedAtLeastS\" must be a number > 0 (S = Σ q/Q from which a unit is a 重大危险源), found "
                    + ManifestComplete.found(s));
        }
        BigDecimal[] alpha = bands(table, "alpha", "exposedPeopleAtLeast", "alpha", out);
        if (alpha != null) {
            for (int i = 1; i < alpha.length; i++) {
                if (alpha[i] != null && alpha[i - 1] != null && alpha[i].compareTo(alpha[i - 1]) > 0) {
                    out.problem("/alpha/" + i + "/alpha", "α " + plain(alpha[i]) + " of row " + i + " is above α " + plain(alpha[i - 1])
                            + " of row " + (i - 1) + ", which has more people: α must not rise as the people fall");
                }
            }
        }
        BigDecimal[] levels = bands(table, "levels", "rAtLeast", "level", out);
        if (levels != null) {
            Set<BigDecimal> seen = new HashSet<>();
            for (int i = 0; i < levels.length; i++) {
                if (levels[i] == null) {
                    continue;
                }
                String at = "/levels/" + i + "/level";
                if (levels[i].signum() <= 0 || levels[i].stripTrailingZeros().scale() > 0) {
                    out.problem(at, "level " + plain(levels[i]) + " of row " + i + " must be a whole number >= 1 (一级 = 1 … 四级 = 4)");
                } else if (!seen.add(levels[i].stripTrailingZeros())) {
                    out.problem(at, "level " + plain(levels[i]) + " has two bands");
                } else if (i > 0 && levels[i - 1] != null && levels[i].compareTo(levels[i - 1]) < 0) {
                    out.problem(at, "level " + plain(levels[i]) + " of row " + i + " is below level " + plain(levels[i - 1]) + " of row " + (i - 1)
                            + ", which has a higher R: levels rise as R falls (一级 = 1 is the highest R)");
                }
            }
        }
    }

    /** Checks one band list's bounds; returns the rows' values (null where absent), or null when the list is unusable. */
    private static BigDecimal[] bands(JsonNode table, String key, String boundKey, String valueKey, Out out) {
        JsonNode rows = table.path(key);
        if (!rows.isArray() || rows.isEmpty()) {
            out.problem("/" + key, "a major-hazard-grading table needs \"" + key + "\": [{" + boundKey + ", " + valueKey + "}], from the highest band down");
            return null;
        }
        BigDecimal[] values = new BigDecimal[rows.size()];
        BigDecimal higher = null;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/" + key + "/" + i;
            JsonNode value = row.path(valueKey);
            if (!value.isNumber()) {
                out.problem(at, "row " + i + " of " + key + " needs the number \"" + valueKey + "\", found " + ManifestComplete.found(value));
            } else {
                values[i] = value.decimalValue();
            }
            JsonNode bound = row.path(boundKey);
            if (!bound.isNumber() || bound.decimalValue().signum() < 0) {
                out.problem(at + "/" + boundKey, "row " + i + " of " + key + " needs \"" + boundKey + "\", a number >= 0, found "
                        + ManifestComplete.found(bound));
                return null;
            }
            BigDecimal atLeast = bound.decimalValue();
            if (higher != null && atLeast.compareTo(higher) >= 0) {
                out.problem(at + "/" + boundKey, "overlap: row " + i + " of " + key + " starts at " + plain(atLeast) + ", not below row " + (i - 1)
                        + " (" + plain(higher) + "), so it holds no value of its own (bounds fall strictly from row to row)");
            }
            higher = atLeast;
        }
        if (higher.signum() != 0) {
            out.problem("/" + key + "/" + (rows.size() - 1) + "/" + boundKey, "gap: values below " + plain(higher) + " are in no band of " + key
                    + " (the last row, the lowest band, must start at 0)");
        }
        return values;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
