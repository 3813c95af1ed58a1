package dev.safegrade.internal.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An {@code industries} table (a list a regulation draws, e.g. the high-risk industries that must buy 安责险): no
 * bands, but each entry must be an industry of facts-v1 ({@code enterprise.industry}), listed once, and the table
 * must say where the list comes from.
 */
final class IndustriesCheck implements TableKindCheck {
    @Override
    public String kind() {
        return "industries";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        for (String key : new String[] {"id", "source", "clause"}) {
            if (table.path(key).asText("").isBlank()) {
                out.problem("/" + key, "an industries table needs \"" + key + "\"");
            }
        }
        JsonNode list = table.path("industries");
        if (!list.isArray() || list.isEmpty()) {
            out.problem("/industries", "an industries table lists at least one facts-v1 industry");
            return;
        }
        List<String> known = known();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String industry = list.get(i).asText();
            if (!known.contains(industry)) {
                out.problem("/industries/" + i, "\"" + industry + "\" is not a facts-v1 industry (known: " + String.join(", ", known) + ")");
            } else if (!seen.add(industry)) {
                out.problem("/industries/" + i, "\"" + industry + "\" is listed twice");
            }
        }
    }

    /** The facts schema's enterprise industries, in its order. */
    List<String> known() {
        return Known.INDUSTRIES;
    }

    /** The facts schema's enterprise industries, read once. */
    private static final class Known {
        static final List<String> INDUSTRIES = read();

        private static List<String> read() {
            try {
                JsonNode schema = Json.mapper().readTree(FactsSchema.text(FactsSchema.FACTS_RESOURCE));
                List<String> out = new ArrayList<>();
                schema.at("/$defs/Enterprise/properties/industry/enum").forEach(n -> out.add(n.asText()));
                return List.copyOf(out);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the shipped facts schema is not JSON", e);
            }
        }
    }
}
