package dev.safegrade.internal.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;

/**
 * Looks up facts in the shipped facts schema, so that pack tables naming facts by JSON Pointer are checked
 * when the pack loads rather than silently reading nothing.
 */
final class FactsSchemaTypes {
    private static final class Holder {
        static final JsonNode SCHEMA = read();
    }

    private FactsSchemaTypes() {
    }

    /**
     * The JSON type ({@code boolean}, {@code integer}, …) of the fact at {@code pointer} under the subject
     * definition {@code def} (e.g. {@code Park}), or null when the schema has no such fact.
     */
    static String typeAt(String def, String pointer) {
        JsonNode node = resolve(Holder.SCHEMA.path("$defs").path(def));
        for (String key : pointer.substring(1).split("/")) {
            node = resolve(node.path("properties").path(key));
            if (node.isMissingNode()) {
                return null;
            }
        }
        return node.path("type").asText(null);
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : Holder.SCHEMA.at(ref.asText().substring(1));
    }

    private static JsonNode read() {
        try {
            return Json.mapper().readTree(FactsSchema.text(FactsSchema.FACTS_RESOURCE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the shipped facts schema is not JSON", e);
        }
    }
}
