package dev.safegrade.internal.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.json.PointerOrder;
import dev.safegrade.internal.json.SchemaErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The JSON Schema of {@code pack.json} ({@code safegrade/schema/pack.schema.json}, printed by {@code safegrade schema
 * pack}): the one statement of what a manifest holds, which the loader and lint's {@code manifest-complete} both apply.
 * A new manifest key is one property in the schema (and its component in {@link PackManifest}).
 */
public final class PackSchema {
    private static final String ID = "https://safegrade.dev/schema/pack.schema.json";

    /**
     * One thing wrong with a manifest.
     *
     * @param pointer the JSON Pointer of the offending value (for a missing key: where it belongs)
     * @param message {@code POINTER: expected …, found …}, and why in parentheses where the schema says
     */
    public record Problem(String pointer, String message) {
    }

    private static final class Holder {
        static final Schema SCHEMA = FactsSchema.load(FactsSchema.PACK_RESOURCE);
        static final JsonNode TREE = tree();

        private static JsonNode tree() {
            try {
                return Json.mapper().readTree(FactsSchema.text(FactsSchema.PACK_RESOURCE));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the shipped pack schema is not JSON", e);
            }
        }
    }

    private PackSchema() {
    }

    /** The manifest's problems against the schema, ordered by pointer; empty when it is valid. */
    public static List<Problem> validate(JsonNode manifest) {
        List<Problem> problems = new ArrayList<>();
        for (Error e : SchemaErrors.specific(Holder.SCHEMA.validate(manifest))) {
            String holder = holderOf(e);
            String knownKeys = "one of the keys " + String.join(", ", new TreeSet<>(keysAt(holder)));
            SchemaErrors.Worded w = SchemaErrors.word(e, knownKeys);
            String why = SchemaErrors.isUnknownKey(e) ? null : why(e);
            problems.add(new Problem(w.pointer(), (w.pointer().isEmpty() ? "(manifest)" : w.pointer()) + ": expected " + w.expected()
                    + ", found " + w.found() + (why == null ? "" : " (" + why + ")")));
        }
        problems.sort(Comparator.comparing(Problem::pointer, PointerOrder.NATURAL));
        return List.copyOf(problems);
    }

    /**
     * The {@code pattern} of a definition of the schema ({@code $defs/<name>}), for Java code that needs the same
     * form (e.g. {@code SemVer}, {@code PackId}): written once, in the schema.
     */
    public static Pattern pattern(String definition) {
        JsonNode p = Holder.TREE.path("$defs").path(definition).path("pattern");
        if (!p.isTextual()) {
            throw new IllegalArgumentException("the pack schema has no pattern $defs/" + definition);
        }
        return Pattern.compile(p.asText());
    }

    /** The schema pointer of the object holding the failed keyword, or null when it is not in this schema (a facts-v1 $ref). */
    private static String holderOf(Error e) {
        if (!e.getSchemaLocation().getAbsoluteIri().toString().equals(ID)) {
            return null;
        }
        String keyword = e.getSchemaLocation().getFragment().toString();
        int slash = keyword.lastIndexOf('/');
        return slash < 0 ? null : keyword.substring(0, slash);
    }

    private static List<String> keysAt(String holder) {
        List<String> keys = new ArrayList<>();
        if (holder != null) {
            Holder.TREE.at(holder).path("properties").fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /**
     * What the schema says of the failed part, followed along the validator's evaluation path (through {@code $ref}s):
     * the {@code then} of a rule tying two keys when the error is inside one; for a missing key, the key's own
     * description; else the description of the nearest enclosing schema that has one. Null outside this schema.
     */
    private static String why(Error e) {
        List<String> tokens = new ArrayList<>(List.of(e.getEvaluationPath().toString().split("/", -1)));
        tokens.remove(0);
        List<JsonNode> nodes = new ArrayList<>(); // nodes.get(i): the schema after tokens 0..i
        JsonNode node = Holder.TREE;
        for (String token : tokens) {
            String ref = node.path("$ref").asText("");
            if (token.equals("$ref")) {
                if (!ref.startsWith("#/")) {
                    return null; // into facts-v1: its own words are in the expected values
                }
                node = Holder.TREE.at(ref.substring(1));
            } else {
                String key = token.replace("~1", "/").replace("~0", "~");
                node = node.isArray() ? node.path(Integer.parseInt(key)) : node.path(key);
            }
            nodes.add(node);
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).equals("then") && description(nodes.get(i)) != null) {
                return description(nodes.get(i));
            }
        }
        if ("required".equals(e.getKeyword())) {
            JsonNode holder = nodes.size() >= 2 ? nodes.get(nodes.size() - 2) : Holder.TREE;
            String own = description(holder.path("properties").path(e.getProperty()));
            if (own != null) {
                return own;
            }
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (description(nodes.get(i)) != null) {
                return description(nodes.get(i));
            }
        }
        return null;
    }

    /** A schema's own description, or that of the definition its local {@code $ref} names. */
    private static String description(JsonNode schema) {
        if (schema.path("description").isTextual()) {
            return schema.path("description").asText();
        }
        String ref = schema.path("$ref").asText("");
        JsonNode target = ref.startsWith("#/") ? Holder.TREE.at(ref.substring(1)) : null;
        return target != null && target.path("description").isTextual() ? target.path("description").asText() : null;
    }
}
