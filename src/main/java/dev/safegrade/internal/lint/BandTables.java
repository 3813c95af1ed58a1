package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table file reads as JSON, has a kind lint knows, and passes its kind's check: well formed, and for band
 * tables no gap and no overlap. A new table kind is one {@link TableKindCheck} class and one entry in {@link #KINDS}.
 */
final class BandTables extends PackCheck {
    static final Map<String, TableKindCheck> KINDS = new TreeMap<>();

    static {
        List.of(new GradeThresholdsCheck(), new BandsCheck(), new ProfileBandsCheck(), new ParametersCheck(), new DeductionSheetCheck())
                .forEach(c -> KINDS.put(c.kind(), c));
    }

    @Override
    public String id() {
        return "band-table";
    }

    @Override
    public String description() {
        return "every table is JSON of a known kind, well formed, whose bands leave no gap and no overlap over their domain "
                + "(grade-thresholds, bands, profile-bands, parameters, deduction-sheet)";
    }

    @Override
    void check(LintTarget t, Problems p) {
        t.tables().forEach((file, table) -> {
            if (!table.readable()) {
                p.inFile(t, file, table.errorLine(), table.error());
                return;
            }
            JsonNode tree = table.tree();
            String kind = tree.path("kind").asText("");
            TableKindCheck check = KINDS.get(kind);
            if (check == null) {
                p.inFile(t, file, table.line("/kind"), "table kind \"" + kind + "\" has no band check in lint (known: "
                        + String.join(", ", KINDS.keySet()) + "); add a TableKindCheck for it");
                return;
            }
            check.check(tree, t, (pointer, message) -> p.inFile(t, file, table.line(pointer), message));
        });
    }
}
