package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * "parameters" (Parameter): named numbers and word lists a regulator sets, so none sits in DRL. Not a band
 * table: each value is a number or a non-empty list of words.
 */
final class ParametersCheck implements TableKindCheck {
    @Override
    public String kind() {
        return "parameters";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        if (!table.path("id").isTextual()) {
            out.problem("/id", "a parameters table needs an \"id\" (rules match on it)");
        }
        JsonNode values = table.path("values");
        if (!values.isObject() || values.isEmpty()) {
            out.problem("/values", "a parameters table needs \"values\": {name: number or [words]}");
            return;
        }
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            JsonNode v = e.getValue();
            boolean words = v.isArray() && !v.isEmpty() && StreamSupport.stream(v.spliterator(), false).allMatch(JsonNode::isTextual);
            if (!v.isNumber() && !words) {
                out.problem("/values/" + e.getKey(), "parameter " + e.getKey() + " must be a number or a non-empty list of words, found " + v);
            }
        }
    }
}
