package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.type.ClassReactive;

/**
 * One named number a regulation sets (a headcount, a distance, an interval), from a "limits" table, so that
 * rules compare facts with data rather than with literals: {@code Limit( table == "…", name == "…", $v : value )}.
 * Whether a fact must stay below, reach or exceed it is the rule's wording, said in the table's {@code meaning}.
 */
@ClassReactive
public final class Limit {
    private final String table;
    private final String name;
    private final double value;
    private final String clause;

    Limit(String table, String name, double value, String clause) {
        this.table = table;
        this.name = name;
        this.value = value;
        this.clause = clause;
    }

    public String getTable() {
        return table;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    /** The clause that sets the number. */
    public String getClause() {
        return clause;
    }

    /** The facts of a {@code {"kind": "limits", "id", "rows": [{ "name", "value", "clause", "meaning" }]}} table. */
    static List<Object> facts(String pack, String file, JsonNode table) {
        String id = text(pack, file, table, "id");
        JsonNode rows = table.get("rows");
        if (rows == null || !rows.isArray()) {
            throw new PackException(pack, file, 0, "a limits table lists its \"rows\"");
        }
        List<Object> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode row : rows) {
            String name = text(pack, file, row, "name");
            JsonNode value = row.get("value");
            if (value == null || !value.isNumber()) {
                throw new PackException(pack, file, 0, "limit " + name + " needs a numeric \"value\"");
            }
            text(pack, file, row, "meaning");
            if (!names.add(name)) {
                throw new PackException(pack, file, 0, "limit " + name + " appears twice in " + id);
            }
            out.add(new Limit(id, name, value.asDouble(), text(pack, file, row, "clause")));
        }
        return out;
    }

    private static String text(String pack, String file, JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new PackException(pack, file, 0, "limits table entry lacks \"" + key + "\"");
        }
        return v.asText();
    }

    @Override
    public String toString() {
        return table + "/" + name + "=" + value;
    }
}
