package dev.safegrade.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Schema validator's errors in words a person can act on: where (a JSON Pointer), what the schema expects
 * there and what the document has. Shared by the facts-v1 reader and the pack manifest's checks.
 */
public final class SchemaErrors {
    /**
     * One error, worded.
     *
     * @param pointer where in the document (for a missing or unknown key: the key's own place)
     * @param expected what the schema expects there
     * @param found what the document has there
     */
    public record Worded(String pointer, String expected, String found) {
    }

    private SchemaErrors() {
    }

    /** The errors that say something: "oneOf failed" says less than the errors inside it, so it is left out when they are there. */
    public static List<Error> specific(List<Error> errors) {
        boolean specific = errors.stream().anyMatch(e -> !isCombinator(e));
        return errors.stream().filter(e -> !(specific && isCombinator(e))).toList();
    }

    private static boolean isCombinator(Error e) {
        String k = e.getKeyword();
        return "oneOf".equals(k) || "anyOf".equals(k) || "allOf".equals(k) || "if".equals(k) || "then".equals(k) || "else".equals(k);
    }

    /** Whether the error is a key the schema does not allow there (its objects are closed). */
    public static boolean isUnknownKey(Error e) {
        return "additionalProperties".equals(e.getKeyword()) || "unevaluatedProperties".equals(e.getKeyword());
    }

    /**
     * @param knownKeys what to say is expected instead of an unknown key, e.g. "only the keys facts-v1 defines here"
     */
    public static Worded word(Error e, String knownKeys) {
        String at = e.getInstanceLocation().toString();
        JsonNode node = e.getInstanceNode();
        JsonNode schema = e.getSchemaNode();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        return switch (keyword) {
            case "required" -> new Worded(Pointers.child(at, e.getProperty()), "the required key \"" + e.getProperty() + "\"", "no such key");
            case "additionalProperties", "unevaluatedProperties" -> new Worded(Pointers.child(at, e.getProperty()), knownKeys,
                    "the unknown key \"" + e.getProperty() + "\"");
            case "enum" -> new Worded(at, "one of " + schema, show(node));
            case "const" -> new Worded(at, String.valueOf(schema), show(node));
            case "type" -> new Worded(at, "a value of type " + schema, show(node) + " (" + typeOf(node) + ")");
            case "pattern" -> new Worded(at, "text matching " + schema.asText(), show(node));
            case "format" -> new Worded(at, "a " + schema.asText() + " (YYYY-MM-DD for dates)", show(node));
            case "minimum" -> new Worded(at, "a number ≥ " + schema, show(node));
            case "exclusiveMinimum" -> new Worded(at, "a number > " + schema, show(node));
            case "maximum" -> new Worded(at, "a number ≤ " + schema, show(node));
            case "exclusiveMaximum" -> new Worded(at, "a number < " + schema, show(node));
            case "minItems" -> new Worded(at, "at least " + schema + " item(s)", node == null ? "?" : node.size() + " item(s)");
            case "uniqueItems" -> new Worded(at, "no repeated items", show(node));
            case "minLength", "maxLength" -> new Worded(at, keyword + " " + schema, show(node));
            default -> new Worded(at, e.getMessage(), show(node));
        };
    }

    /** A value as a problem shows it: its JSON, cut at 80 characters; "nothing" for an absent one. */
    public static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** The JSON type of a value, as JSON Schema names it. */
    public static String typeOf(JsonNode node) {
        if (node == null) {
            return "absent";
        }
        return switch (node.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
