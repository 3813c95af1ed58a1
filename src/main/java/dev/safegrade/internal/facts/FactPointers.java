package dev.safegrade.internal.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Resolves the JSON Pointer patterns rules declare they read ({@code /enterprise/accidents/{@literal *}/deaths},
 * {@code *} for any list index) against the facts-v1 schema: a pattern names a fact of the contract, and the
 * schema gives its title and description.
 */
public final class FactPointers {
    /** The schema of the fact a pattern names, or why it names none. */
    public record Resolution(JsonNode schema, String problem) {
        public boolean resolved() {
            return problem == null;
        }
    }

    private static final class Holder {
        static final JsonNode ROOT = parse();
    }

    private FactPointers() {
    }

    public static Resolution resolve(String pattern) {
        if (pattern == null || !pattern.startsWith("/")) {
            return new Resolution(null, "a pointer starts with '/', found \"" + pattern + "\"");
        }
        JsonNode node = Holder.ROOT;
        StringBuilder at = new StringBuilder();
        for (String raw : pattern.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (token.equals("*")) {
                JsonNode items = find(node, "items");
                if (items == null) {
                    return new Resolution(null, (at.length() == 0 ? "the document" : at) + " is not a list, so '*' does not apply");
                }
                node = deref(items);
            } else if (token.matches("\\d+")) {
                return new Resolution(null, "write '*' for a list index, not " + token + " (at " + at + ")");
            } else {
                JsonNode properties = find(node, "properties");
                JsonNode child = properties == null ? null : properties.get(token);
                if (child == null) {
                    TreeSet<String> known = new TreeSet<>();
                    if (properties != null) {
                        properties.fieldNames().forEachRemaining(known::add);
                    }
                    return new Resolution(null, "facts-v1 has no \"" + token + "\" at " + (at.length() == 0 ? "/" : at)
                            + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")"));
                }
                node = deref(child);
            }
            at.append('/').append(raw);
        }
        return new Resolution(node, null);
    }

    /** The keyword in the node, or in a branch of its allOf/oneOf/anyOf/then (the schema nests variants so). */
    static JsonNode find(JsonNode node, String keyword) {
        JsonNode n = deref(node);
        if (n.has(keyword)) {
            return n.get(keyword);
        }
        List<JsonNode> branches = new ArrayList<>();
        for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            n.path(combinator).forEach(branches::add);
        }
        if (n.has("then")) {
            branches.add(n.get("then"));
        }
        for (JsonNode b : branches) {
            JsonNode found = find(b, keyword);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static JsonNode deref(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref") && n.get("$ref").asText().startsWith("#/")) {
            JsonNode target = Holder.ROOT.at(n.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                break;
            }
            n = target;
        }
        return n;
    }

    /** The facts schema as a tree (parsed once), for {@link FactVocabulary}. */
    static JsonNode schema() {
        return Holder.ROOT;
    }

    private static JsonNode parse() {
        try {
            return Json.mapper().readTree(FactsSchema.text(FactsSchema.FACTS_RESOURCE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the shipped facts schema is not JSON", e);
        }
    }
}
