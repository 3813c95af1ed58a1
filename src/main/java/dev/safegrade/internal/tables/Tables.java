package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a pack's data tables into the facts its rules match on, by the table's {@code kind}. */
public final class Tables {
    private Tables() {
    }

    /**
     * @throws PackException when the table is not one of its kind: an unknown kind, a key missing, or a value of another
     *                       type than the kind reads (a row that is not an object, a bound that is not a number)
     */
    public static List<Object> facts(String pack, String file, JsonNode table) {
        String kind = table.path("kind").asText("");
        try {
            return byKind(kind, pack, file, table);
        } catch (PackException e) {
            throw e;
        } catch (RuntimeException e) {
            // The readers of each kind check what a table must have; a table of another shape can still trip them up
            // (a row that is not an object, a list where an object belongs). Either way it is the table that is wrong.
            throw new PackException(pack, file, 0, "not a valid '" + kind + "' table: a value has another shape than the kind reads ("
                    + e.getClass().getSimpleName() + "); safegrade packs lint checks tables in detail");
        }
    }

    private static List<Object> byKind(String kind, String pack, String file, JsonNode table) {
        return switch (kind) {
            case "grade-thresholds" -> gradeThresholds(pack, file, table);
            case "fact-checks" -> FactCheck.fromJson(pack, file, table);
            case "park-checklist" -> List.of(ParkChecklist.fromJson(pack, file, table));
            case "limits" -> Limit.facts(pack, file, table);
            case "deadlines" -> Deadline.facts(pack, file, table);
            case "industries" -> {
                java.util.Set<String> list = industries(pack, file, table); // also read by the park roll-up
                yield List.of(new IndustryList(table.get("id").asText(), list, table.get("source").asText(),
                        table.get("clause").asText()));
            }
            case "bands", "profile-bands", "parameters", "deduction-sheet" -> FourColourTables.facts(kind, pack, file, table);
            default -> throw new PackException(pack, file, 0, "unknown table kind '" + kind
                    + "' (known: grade-thresholds, fact-checks, park-checklist, limits, deadlines, industries, "
                    + FourColourTables.KINDS + ")");
        };
    }

    private static List<Object> gradeThresholds(String pack, String file, JsonNode table) {
        String id = require(pack, file, table, "id").asText();
        JsonNode rows = require(pack, file, table, "rows");
        List<Object> out = new ArrayList<>();
        GradeThreshold higher = null;
        for (int rank = 0; rank < rows.size(); rank++) {
            JsonNode row = rows.get(rank);
            Map<String, Double> atLeast = new LinkedHashMap<>();
            require(pack, file, row, "atLeast").fields().forEachRemaining(e -> atLeast.put(e.getKey(), e.getValue().asDouble()));
            GradeThreshold t = new GradeThreshold(id, require(pack, file, row, "grade").asText(),
                    require(pack, file, row, "rule").asText(), rank, atLeast, higher);
            if (higher != null && !higher.getAtLeast().keySet().equals(atLeast.keySet())) {
                throw new PackException(pack, file, 0, "every row of " + id + " must bound the same measures");
            }
            out.add(t);
            higher = t;
        }
        return out;
    }

    /**
     * The industries of an {@code {"kind": "industries", "id", "source", "clause", "industries": [facts-v1 industry]}}
     * table: a list a regulation draws (e.g. the high-risk industries that must buy 安责险), with its citation.
     */
    public static java.util.Set<String> industries(String pack, String file, JsonNode table) {
        require(pack, file, table, "id");
        require(pack, file, table, "source");
        require(pack, file, table, "clause");
        JsonNode list = require(pack, file, table, "industries");
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        list.forEach(i -> out.add(i.asText()));
        if (!list.isArray() || out.isEmpty()) {
            throw new PackException(pack, file, 0, "\"industries\" must list at least one facts-v1 industry");
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    static JsonNode require(String pack, String file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new PackException(pack, file, 0, "table entry lacks \"" + key + "\"");
        }
        return v;
    }
}
