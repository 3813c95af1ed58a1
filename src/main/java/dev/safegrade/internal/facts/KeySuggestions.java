package dev.safegrade.internal.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to say about an unknown key (facts-v1's objects are closed): the nearest key allowed at that place, and where
 * in facts-v1 the key does belong when it is allowed elsewhere (a unit's key put on a risk point). Built from the
 * shipped schema on the first unknown key, so valid documents never pay for it.
 */
final class KeySuggestions {
    private static final int PLACES_SHOWN = 3;

    private KeySuggestions() {
    }

    private static final class Schema {
        static final JsonNode ROOT = parse();
        /** key → the places (JSON Pointers with * for any array index or map key) where facts-v1 allows it. */
        static final Map<String, Set<String>> PLACES = index(ROOT);

        private static JsonNode parse() {
            try {
                return Json.mapper().readTree(FactsSchema.text(FactsSchema.FACTS_RESOURCE));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the shipped facts schema is not JSON", e);
            }
        }
    }

    /**
     * @param key             the unknown key
     * @param place           the JSON Pointer of the object that holds it
     * @param keywordLocation the schema pointer of the {@code additionalProperties} that refused it
     * @return a hint, or null when there is nothing useful to say
     */
    static String hint(String key, String place, String keywordLocation) {
        List<String> parts = new ArrayList<>();
        String nearest = nearest(key, allowedAt(keywordLocation));
        if (nearest != null) {
            parts.add("did you mean \"" + nearest + "\"?");
        }
        String here = template(place);
        List<String> elsewhere = Schema.PLACES.getOrDefault(key, Set.of()).stream().filter(p -> !p.equals(here)).toList();
        if (!elsewhere.isEmpty()) {
            String shown = String.join(", ", elsewhere.subList(0, Math.min(PLACES_SHOWN, elsewhere.size())).stream()
                    .map(p -> p.isEmpty() ? "the document's top level" : p).toList());
            int more = elsewhere.size() - PLACES_SHOWN;
            parts.add("\"" + key + "\" is a key of " + shown + (more > 0 ? " and " + more + " other place" + (more > 1 ? "s" : "") : "")
                    + ", not of " + (place.isEmpty() ? "the document's top level" : here));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The keys the schema object that holds the refusing keyword defines. */
    private static Set<String> allowedAt(String keywordLocation) {
        int slash = keywordLocation.lastIndexOf('/');
        JsonNode holder = slash < 0 ? null : Schema.ROOT.at(keywordLocation.substring(0, slash));
        Set<String> keys = new TreeSet<>();
        if (holder != null) {
            holder.path("properties").fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The allowed key nearest to {@code key}: within two edits (swapping two neighbours is one) and closer than half its length. */
    static String nearest(String key, Set<String> allowed) {
        String k = key.toLowerCase(Locale.ROOT);
        return allowed.stream()
                .map(a -> Map.entry(a, NearestId.distance(k, a.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= 2 && e.getValue() * 2 < key.length())
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The pointer with each array index written as *: the form places take in the index. */
    static String template(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    /** Walks the schema from its root and records, for each key it defines, the places it is allowed. */
    private static Map<String, Set<String>> index(JsonNode root) {
        Map<String, Set<String>> places = new TreeMap<>();
        walk(root, root, "", places, new HashSet<>());
        return places;
    }

    private static void walk(JsonNode root, JsonNode schema, String place, Map<String, Set<String>> places, Set<String> seen) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.asText().startsWith("#") && seen.add(ref.asText() + " " + place)) {
            walk(root, root.at(ref.asText().substring(1)), place, places, seen);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            places.computeIfAbsent(p.getKey(), k -> new TreeSet<>()).add(place);
            walk(root, p.getValue(), place + "/" + p.getKey(), places, seen);
        }
        walk(root, schema.get("items"), place + "/*", places, seen);
        if (schema.path("additionalProperties").isObject()) {
            walk(root, schema.get("additionalProperties"), place + "/*", places, seen);
        }
        for (String same : List.of("if", "then", "else", "not")) {
            walk(root, schema.get(same), place, places, seen);
        }
        for (String many : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
            String at = many.equals("prefixItems") ? place + "/*" : place;
            schema.path(many).forEach(s -> walk(root, s, at, places, seen));
        }
    }
}
