package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/**
 * One named value of a "parameters" table: a number (a threshold, a window in years) or a list of words
 * (e.g. hazard types), so that a regulator's number never sits in DRL.
 */
@ClassReactive
public final class Parameter {
    private final String table;
    private final String name;
    private final BigDecimal number;
    private final List<String> words;

    private Parameter(String table, String name, BigDecimal number, List<String> words) {
        this.table = table;
        this.name = name;
        this.number = number;
        this.words = words;
    }

    static List<Object> facts(String pack, String file, JsonNode table) {
        TableData d = new TableData(pack, file);
        String id = d.text(table, "id");
        List<Object> out = new ArrayList<>();
        d.require(table, "values").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                out.add(new Parameter(id, e.getKey(), v.decimalValue(), List.of()));
            } else if (v.isArray()) {
                List<String> words = new ArrayList<>();
                v.forEach(w -> words.add(w.asText()));
                out.add(new Parameter(id, e.getKey(), null, List.copyOf(words)));
            } else {
                throw d.problem(id + "." + e.getKey() + ": a parameter is a number or a list of words");
            }
        });
        return out;
    }

    public String getTable() {
        return table;
    }

    public String getName() {
        return name;
    }

    /** The number, or null for a list parameter. */
    public BigDecimal getNumber() {
        return number;
    }

    /** The number as an int, for counts and windows in years. */
    public int getInteger() {
        return number.intValueExact();
    }

    public List<String> getWords() {
        return words;
    }

    @Override
    public String toString() {
        return table + "." + name + "=" + (number != null ? number : words);
    }
}
