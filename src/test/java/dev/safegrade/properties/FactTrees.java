package dev.safegrade.properties;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.FactDocument;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Fact documents as Jackson trees: reading, validating through the public API, pointers, removing a key. */
final class FactTrees {
    static final ObjectMapper JSON = new ObjectMapper();
    /** All shipped packs together, compiled once for every property of the run. */
    static final SafeGrade ALL_PACKS = SafeGrade.builder().build();

    /**
     * Keys whose absence facts-v1 defines as something other than "not known", so removing one states a
     * different fact instead of forgetting one: an open hazard, a substance GB 18218 does not list, no
     * standardization grade held. The envelope is not a fact about the subject.
     */
    private static final Set<String> ABSENCE_IS_A_FACT = Set.of("rectifiedOn", "criticalQuantityT");
    private static final Set<String> ABSENCE_IS_A_FACT_POINTERS = Set.of("/enterprise/standardization/grade");
    private static final Set<String> ENVELOPE = Set.of("factsVersion", "asOf", "profile", "enterprise", "park");

    private FactTrees() {
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document if it passes facts-v1 (schema and semantic checks), else empty. */
    static Optional<FactDocument> parse(ObjectNode doc) {
        try {
            return Optional.of(FactDocument.parse(doc.toString(), "generated.json"));
        } catch (InvalidFactsException e) {
            return Optional.empty();
        }
    }

    static boolean valid(ObjectNode doc) {
        return parse(doc).isPresent();
    }

    /** Evaluates a document known to be valid with all shipped packs. */
    static Report evaluate(ObjectNode doc) {
        return ALL_PACKS.evaluate(FactDocument.parse(doc.toString(), "generated.json"));
    }

    /** The report of all shipped packs, or empty when the document is not valid. */
    static Optional<Report> evaluateIfValid(ObjectNode doc) {
        return parse(doc).map(ALL_PACKS::evaluate);
    }

    static String pretty(JsonNode doc) {
        return doc.toPrettyString();
    }

    static boolean isEnterprise(ObjectNode doc) {
        return doc.has("enterprise");
    }

    /** The subject: {@code /enterprise} or {@code /park}. */
    static ObjectNode subject(ObjectNode doc) {
        return (ObjectNode) (doc.has("enterprise") ? doc.get("enterprise") : doc.get("park"));
    }

    /**
     * Every object member under the subject whose removal makes that fact unknown, in document order (parents
     * before children): not list elements (a list is a complete register; removing an element states that the
     * thing does not exist) and not the keys whose absence is a fact. Required keys are left to the validator.
     */
    static List<String> forgettablePointers(ObjectNode doc) {
        List<String> out = new ArrayList<>();
        for (String top : List.of("enterprise", "park")) {
            if (doc.get(top) instanceof ObjectNode o) {
                members(o, "/" + top, out);
            }
        }
        return out;
    }

    /**
     * The forgettable fact {@code choice} names (only leaves when {@code leavesOnly}), or the next one in document
     * order whose removal leaves the document valid. The choice picks a depth first, then a pointer at that depth,
     * so that the few keys near the top (a register, {@code activities}, {@code standardization}) come up as
     * often as the many leaves deep inside the lists.
     */
    static Optional<String> forgettable(ObjectNode doc, int choice, boolean leavesOnly) {
        List<String> pointers = forgettablePointers(doc).stream().filter(p -> !leavesOnly || isLeaf(doc, p)).toList();
        if (pointers.isEmpty()) {
            return Optional.empty();
        }
        int[] depths = pointers.stream().mapToInt(FactTrees::depth).distinct().sorted().toArray();
        int depth = depths[choice % depths.length];
        List<String> atDepth = pointers.stream().filter(p -> depth(p) == depth).toList();
        int start = pointers.indexOf(atDepth.get(choice / depths.length % atDepth.size()));
        for (int k = 0; k < Math.min(pointers.size(), 6); k++) {
            String p = pointers.get((start + k) % pointers.size());
            if (valid(without(doc, p))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static int depth(String pointer) {
        return (int) pointer.chars().filter(c -> c == '/').count();
    }

    /**
     * True when the node is a leaf: a value or a list of values, not an object or a list of objects. An object
     * describes a thing (a unit's {@code tankFarm}, its {@code ammoniaRefrigeration}, the {@code mine}) and a list
     * of objects a register of things, which packs read as "there is such a thing" by its presence.
     */
    static boolean isLeaf(ObjectNode doc, String pointer) {
        JsonNode n = at(doc, pointer);
        return n.isValueNode() || n.isArray() && (n.isEmpty() || n.get(0).isValueNode());
    }

    private static void members(JsonNode node, String at, List<String> out) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                String p = at + "/" + escape(e.getKey());
                if (!ABSENCE_IS_A_FACT.contains(e.getKey()) && !ABSENCE_IS_A_FACT_POINTERS.contains(p) && !ENVELOPE.contains(e.getKey())) {
                    out.add(p);
                }
                members(e.getValue(), p, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                members(a.get(i), at + "/" + i, out);
            }
        }
    }

    /** Every node under the subject (object members and list elements) that could be taken away, parents first. */
    static List<String> allPointers(ObjectNode doc) {
        List<String> out = new ArrayList<>();
        all(doc, "", out);
        out.removeIf(p -> p.isEmpty() || p.equals("/factsVersion") || p.equals("/asOf") || p.equals("/enterprise") || p.equals("/park"));
        return out;
    }

    private static void all(JsonNode node, String at, List<String> out) {
        out.add(at);
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(k -> all(o.get(k), at + "/" + escape(k), out));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                all(a.get(i), at + "/" + i, out);
            }
        }
    }

    static JsonNode at(ObjectNode doc, String pointer) {
        return doc.at(JsonPointer.compile(pointer));
    }

    /** A copy of {@code doc} without the node at {@code pointer} (an object member or a list element). */
    static ObjectNode without(ObjectNode doc, String pointer) {
        ObjectNode copy = doc.deepCopy();
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(last));
        } else {
            throw new IllegalArgumentException("no parent for " + pointer);
        }
        return copy;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
