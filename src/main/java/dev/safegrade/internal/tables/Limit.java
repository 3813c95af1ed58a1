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
    private final java.time.LocalDate from;
    private final java.time.LocalDate until;

    Limit(String table, String name, double value, String clause) {
        this(table, name, value, clause, null, null);
    }

    Limit(String table, String name, double value, String clause, java.time.LocalDate from, java.time.LocalDate until) {
        this.table = table;
        this.name = name;
        this.value = value;
        this.clause = clause;
        this.from = from;
        this.until = until;
    }

    /** First day the number applies (a row's optional {@code from}); null: no start. */
    public java.time.LocalDate getFrom() {
        return from;
    }

    /** Last day the number applies, inclusive (a row's optional {@code until}); null: no end. */
    public java.time.LocalDate getUntil() {
        return until;
    }

    /** Whether the number applies on {@code day}: within the row's {@code from}/{@code until}, both inclusive. */
    public boolean inForceOn(java.time.LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
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

    /**
     * The facts of a {@code {"kind": "limits", "id", "rows": [{ "name", "value", "clause", "meaning", "from"?, "until"? }]}}
     * table. A dated row (optional {@code from}/{@code until}, ISO dates, inclusive) applies only on the days between;
     * a name may recur in rows whose dates do not overlap (rules pick the row with {@code inForceOn(asOf)}).
     */
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
            java.time.LocalDate from = date(pack, file, row, "from");
            java.time.LocalDate until = date(pack, file, row, "until");
            if (from != null && until != null && until.isBefore(from)) {
                throw new PackException(pack, file, 0, "limit " + name + " ends before it starts");
            }
            for (Object o : out) {
                Limit other = (Limit) o;
                if (other.name.equals(name) && overlap(other, from, until)) {
                    throw new PackException(pack, file, 0, "limit " + name + " appears twice in " + id + " for the same days");
                }
            }
            names.add(name);
            out.add(new Limit(id, name, value.asDouble(), text(pack, file, row, "clause"), from, until));
        }
        return out;
    }

    private static boolean overlap(Limit other, java.time.LocalDate from, java.time.LocalDate until) {
        boolean startsAfter = from != null && other.until != null && from.isAfter(other.until);
        boolean endsBefore = until != null && other.from != null && until.isBefore(other.from);
        return !startsAfter && !endsBefore;
    }

    private static java.time.LocalDate date(String pack, String file, JsonNode row, String key) {
        JsonNode v = row.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new PackException(pack, file, 0, "limits table: \"" + key + "\" must be an ISO date, not " + v);
        }
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
