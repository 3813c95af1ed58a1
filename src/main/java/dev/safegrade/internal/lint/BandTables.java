package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table file reads as JSON, has a kind lint knows, and passes its kind's check: well formed, and for band
 * tables no gap and no overlap. A new table kind is one {@link TableKindCheck} class and one entry in {@link #KINDS}; a kind
 * without bands is registered as {@link NoBands}, with the reason.
 */
final class BandTables extends PackCheck {
    static final Map<String, TableKindCheck> KINDS = new TreeMap<>();

    static {
        List.of(new GradeThresholdsCheck(), new BandsCheck(), new ProfileBandsCheck(), new ParametersCheck(), new DeductionSheetCheck(),
                new LimitsCheck(), new IndustriesCheck(), new DeadlinesCheck(),
                new NoBands("fact-checks", "items that hold when every requirement on named facts holds: yes/no per item, no scale to band"),
                new NoBands("park-checklist", "the points of a checklist's elements and rows; its score's classes are a bands table"))
                .forEach(c -> KINDS.put(c.kind(), c));
    }

    @Override
    public String id() {
        return "band-table";
    }

    @Override
    public String description() {
        return "every table is JSON of a known kind, well formed, whose bands leave no gap and no overlap over their domain "
                + "(grade-thresholds, bands, profile-bands, parameters, deduction-sheet, limits; industries lists facts-v1 industries; deadlines are dated rows; "
                + "fact-checks and park-checklist hold no bands)";
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
