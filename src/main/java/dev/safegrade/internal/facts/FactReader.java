package dev.safegrade.internal.facts;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.json.Json;
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
            throw new InvalidFactsException(problems.problems());
        }
        Facts model;
        try {
            model = Json.mapper().treeToValue(tree, Facts.class).locate();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The schema admitted something the model cannot hold: a contract gap, not a user mistake.
            throw new IllegalStateException("schema-valid facts did not bind: " + e.getMessage(), e);
        }
        return new ParsedFacts(source, sha256(bytes), tree, model, bytes, firstLine);
    }

    private static JsonNode parse(byte[] bytes, String source, int firstLine) {
        try {
            JsonNode tree = Json.mapper().readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidFactsException(List.of(new InputProblem(source, firstLine, 1, null, "a JSON document", "no content")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new InvalidFactsException(List.of(syntaxProblem(e, source, firstLine)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputProblem syntaxProblem(JsonProcessingException e, String source, int firstLine) {
        var loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr() + firstLine - 1;
        int column = loc == null ? 0 : loc.getColumnNr();
        String pointer = null;
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p) {
            pointer = p.getParsingContext().pathAsPointer().toString();
        }
        String msg = e.getOriginalMessage();
        String expected = "valid JSON";
        String found = msg;
        if (msg.startsWith("Duplicate field")) {
            expected = "each key once per object";
            found = "the key " + msg.substring("Duplicate field ".length()) + " again";
        } else if (e instanceof MismatchedInputException && msg.startsWith("Trailing token")) {
            expected = "the end of the input after the document";
            found = "more content";
        } else if (msg.contains("Non-standard token")) {
            expected = "a JSON number (NaN and Infinity are not JSON)";
            found = msg.substring(msg.indexOf("Non-standard token") + "Non-standard token ".length()).replaceAll(":.*", "");
        } else if (e instanceof JsonParseException) {
            int split = msg.indexOf(": was expecting ");
            if (split > 0) {
                expected = msg.substring(split + ": was expecting ".length()).replaceAll("\\s+", " ").trim();
                found = msg.substring(0, split);
            } else if (msg.startsWith("Unexpected end-of-input")) {
                expected = "the rest of the document";
                found = "the end of the input" + msg.substring("Unexpected end-of-input".length()).replaceAll("\\s+", " ");
            }
        }
        return new InputProblem(source, line, column, pointer, expected, found.replaceAll("\\s+", " ").trim());
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
