package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The table kinds the four-colour grading brought: bands, profile-bands, parameters and deduction-sheet. */
final class FourColourTables {
    static final String KINDS = "bands, profile-bands, parameters, deduction-sheet";

    private FourColourTables() {
    }

    static List<Object> facts(String kind, String pack, String file, JsonNode table) {
        return switch (kind) {
            case "bands" -> Band.facts(pack, file, table);
            case "profile-bands" -> ProfileBands.facts(pack, file, table);
            case "parameters" -> Parameter.facts(pack, file, table);
            case "deduction-sheet" -> SheetItem.facts(pack, file, table);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
