package dev.safegrade.internal.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.json.Pointers;
import dev.safegrade.internal.model.Facts;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one facts-v1 document: JSON syntax (strict), the shipped schema, then the semantic checks, and
 * binds the result to the rule model. Every problem found is reported, each with its place.
 */
public final class FactReader {
    /** A small valid document that goes through every stage of reading: schema, checks, binding. */
    private static final String WARM_UP = """
            {"factsVersion": 1, "enterprise": {"id": "91610117MA6U2K8NXE", "name": "warm-up", "industry": "machinery",
              "people": [{"id": "P01", "roles": ["principal"], "certificates": [], "education": "college"}],
              "units": [{"id": "U01", "name": "u", "kind": "workshop", "substances": []}],
              "riskPoints": [{"id": "RP01", "name": "r", "unit": "U01", "assessment": {"method": "LEC", "L": 3, "E": 6, "C": 40},
                              "simultaneousWorkers": 1, "hazardTypes": ["fire"]}]}}""";

    private FactReader() {
    }

    /**
     * Reads a small document once, so that the schema is compiled and Jackson has introspected the model. The CLI
     * runs it on another core while the packs load: a one-file evaluation then waits for neither in turn.
     */
    public static void warmUp() {
        read(WARM_UP.getBytes(java.nio.charset.StandardCharsets.UTF_8), "warm-up", 1);
    }

    /**
     * @param firstLine the line the document starts on in its file: 1 for a file, the line number in NDJSON
     */
    public static ParsedFacts read(byte[] bytes, String source, int firstLine) {
        JsonNode tree = parse(bytes, source, firstLine);
        ProblemCollector problems = new ProblemCollector(source, bytes, firstLine);
        checkEnvelope(tree, problems);
        if (problems.isEmpty()) {
            SemanticChecks.checkValues(tree, "", problems);
            SchemaProblems.addAll(FactsSchema.validate(tree), problems);
        }
        if (problems.isEmpty()) {
            SemanticChecks.checkMeaning(tree, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(InvalidFactsException.Kind.NOT_FACTS_V1, problems.problems());
        }
        Facts model;
        try {
            model = Json.mapper().treeToValue(tree, Facts.class).locate();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            List<InputProblem> outOfRange = outOfRange(e, problems);
            if (outOfRange != null) {
                throw new InvalidFactsException(InvalidFactsException.Kind.NOT_FACTS_V1, outOfRange);
            }
            // The schema admitted something the model cannot hold: a contract gap, not a user mistake.
            throw new IllegalStateException("schema-valid facts did not bind: " + e.getMessage(), e);
        }
        return new ParsedFacts(source, sha256(bytes), tree, model, bytes, firstLine);
    }

    private static final java.util.regex.Pattern OUT_OF_RANGE = java.util.regex.Pattern.compile(
            "^Numeric value \\((.*?)\\) out of range of \\w+ \\((-?\\d+) - (-?\\d+)\\).*", java.util.regex.Pattern.DOTALL);

    /**
     * A whole number the schema admits (it bounds few integers) but the model's field cannot hold, such as 30 digits of
     * {@code employees}: the problem told at its pointer, or null when {@code e} is another binding failure.
     */
    private static List<InputProblem> outOfRange(Exception e, ProblemCollector problems) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m) || m.getPath().isEmpty()) {
            return null;
        }
        java.util.regex.Matcher said = OUT_OF_RANGE.matcher(m.getOriginalMessage() == null ? "" : m.getOriginalMessage());
        if (!said.matches()) {
            return null;
        }
        String pointer = "";
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
            pointer = r.getFieldName() != null ? Pointers.child(pointer, r.getFieldName()) : Pointers.child(pointer, r.getIndex());
        }
        String number = said.group(1);
        problems.add(pointer.toString(), "a whole number from " + said.group(2) + " to " + said.group(3),
                number.length() <= 40 ? number : number.substring(0, 20) + "… (" + number.length() + " digits)");
        return problems.problems();
    }

    static JsonNode parse(byte[] bytes, String source, int firstLine) {
        try {
            JsonNode tree = Json.mapper().readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidFactsException(InvalidFactsException.Kind.NOT_JSON,
                        List.of(new InputProblem(source, firstLine, 1, null, "a JSON document", "no content")));
            }
            if (NotUtf8.firstMalformed(bytes) >= 0) {
                // What the parser let through (an overlong form, a lead byte past U+10FFFF): not UTF-8 either.
                throw new InvalidFactsException(InvalidFactsException.Kind.NOT_UTF8, List.of(NotUtf8.problem(bytes, source, firstLine, null)));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new InvalidFactsException(JsonSyntaxProblem.isEncoding(e) ? InvalidFactsException.Kind.NOT_UTF8 : InvalidFactsException.Kind.NOT_JSON,
                    List.of(JsonSyntaxProblem.of(e, bytes, source, firstLine)));
        } catch (NumberFormatException e) {
            // A number token whose value cannot be held (1e99999999999): Jackson throws it bare.
            throw new InvalidFactsException(InvalidFactsException.Kind.NOT_JSON, List.of(JsonSyntaxProblem.unreadableNumber(bytes, source, firstLine)));
        } catch (java.io.CharConversionException e) {
            // Jackson took the bytes for UTF-32 (it guesses the encoding from the first bytes) and they were not.
            throw new InvalidFactsException(InvalidFactsException.Kind.NOT_UTF8, List.of(NotUtf8.problem(bytes, source, firstLine, null)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkEnvelope(JsonNode tree, ProblemCollector out) {
        if (!tree.isObject()) {
            out.add("", "a JSON object (one fact document)", SchemaProblems.typeOf(tree));
            return;
        }
        JsonNode version = tree.get("factsVersion");
        if (version == null) {
            out.add("", "the key \"factsVersion\" with the value 1", "no such key");
        } else if (!version.isIntegralNumber() || version.asInt() != 1) {
            out.add("/factsVersion", "1 (this tool reads facts-v1)", SchemaProblems.show(version));
        }
        boolean enterprise = tree.has("enterprise");
        boolean park = tree.has("park");
        if (enterprise == park) {
            out.add("", "exactly one of the keys \"enterprise\" and \"park\"", enterprise ? "both" : "neither");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String digestOf(byte[] bytes) {
        return sha256(bytes);
    }
}
