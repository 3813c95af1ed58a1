package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.safegrade.internal.json.Pointers;
import java.util.List;

/** Turns the validator's errors into "expected … found …" problems a person can act on. */
final class SchemaProblems {
    private SchemaProblems() {
    }

    static void addAll(List<Error> errors, ProblemCollector out) {
        boolean specific = errors.stream().anyMatch(e -> !isCombinator(e));
        for (Error e : errors) {
            if (specific && isCombinator(e)) {
                continue; // "oneOf failed" says less than the errors inside it
            }
            add(e, out);
        }
    }

    private static boolean isCombinator(Error e) {
        String k = e.getKeyword();
        return "oneOf".equals(k) || "anyOf".equals(k) || "allOf".equals(k) || "if".equals(k) || "then".equals(k) || "else".equals(k);
    }

    private static void add(Error e, ProblemCollector out) {
        String at = e.getInstanceLocation().toString();
        JsonNode node = e.getInstanceNode();
        JsonNode schema = e.getSchemaNode();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "required" -> out.add(Pointers.child(at, e.getProperty()),
                    "the required key \"" + e.getProperty() + "\"", "no such key");
            case "additionalProperties", "unevaluatedProperties" -> out.add(Pointers.child(at, e.getProperty()),
                    "only the keys facts-v1 defines here", "the unknown key \"" + e.getProperty() + "\"",
                    KeySuggestions.hint(e.getProperty(), at, e.getSchemaLocation().getFragment().toString()));
            case "enum" -> out.add(at, "one of " + schema, show(node));
            case "const" -> out.add(at, String.valueOf(schema), show(node));
            case "type" -> out.add(at, "a value of type " + schema, show(node) + " (" + typeOf(node) + ")");
            case "pattern" -> out.add(at, "text matching " + schema.asText(), show(node));
            case "format" -> out.add(at, "a " + schema.asText() + " (YYYY-MM-DD for dates)", show(node));
            case "minimum" -> out.add(at, "a number ≥ " + schema, show(node));
            case "exclusiveMinimum" -> out.add(at, "a number > " + schema, show(node));
            case "maximum" -> out.add(at, "a number ≤ " + schema, show(node));
            case "exclusiveMaximum" -> out.add(at, "a number < " + schema, show(node));
            case "minItems" -> out.add(at, "at least " + schema + " item(s)", node == null ? "?" : node.size() + " item(s)");
            case "uniqueItems" -> out.add(at, "no repeated items", show(node));
            case "minLength", "maxLength" -> out.add(at, keyword + " " + schema, show(node));
            default -> out.add(at, e.getMessage(), show(node));
        }
    }

    static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    static String typeOf(JsonNode node) {
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
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
