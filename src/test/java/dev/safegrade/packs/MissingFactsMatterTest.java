package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.engine.Evaluator;
import dev.safegrade.internal.facts.FactPointers;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The law of the three-valued packs, over every golden case of every pack: a rule must not list as missing a fact that
 * cannot change its outcome. For each notEvaluated entry (rule, path, missing) and each missing pointer p, p is given
 * each candidate value the facts schema allows there (booleans both ways, numbers 0 and 10^9, each enum value, an empty
 * list and a list of one of each enum value or of one minimal element, an empty object, dates far past and far future,
 * a string whose schema has a pattern also each of its schema {@code examples}),
 * the other missing facts staying absent, and the case is evaluated again with the same packs. Some candidate must
 * change the entry beyond dropping p: the rule fires there, passes (no entry), or its missing set changes otherwise.
 */
class MissingFactsMatterTest {
    private static final Path RULES = Path.of("rules");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static int evaluations;
    private static final JsonNode SCHEMA = schema();

    @Test
    void everyMissingFactOfEveryCaseCanChangeItsRulesOutcome() throws IOException {
        Map<String, List<String>> violations = new TreeMap<>();
        Set<List<String>> seen = new HashSet<>();
        int pairs = 0;
        for (Pack pack : PackLoader.fromDirectory(RULES)) {
            for (Path factsFile : GoldenCases.caseFiles(pack.dir())) {
                CompiledPacks compiled = CompiledPacks.of(GoldenCases.withPacks(pack, factsFile));
                JsonNode facts = Json.mapper().readTree(Files.readAllBytes(factsFile));
                JsonNode baseline = evaluate(compiled, facts);
                Set<String> ids = new TreeSet<>(facts.findValuesAsText("id"));
                Set<String> profiles = new TreeSet<>();
                GoldenCases.withPacks(pack, factsFile).forEach(p -> profiles.addAll(p.manifest().profiles()));
                if (baseline == null) {
                    continue; // invalid facts are the golden test's business
                }
                for (JsonNode entry : baseline.path("notEvaluated")) {
                    String ruleId = entry.path("ruleId").asText();
                    String path = entry.path("path").asText();
                    for (JsonNode m : entry.path("missing")) {
                        String pointer = m.asText();
                        if (!seen.add(List.of(ruleId, pointer, entry.path("missing").toString()))) {
                            continue;
                        }
                        pairs++;
                        String why = whyItCannotMatter(compiled, facts, baseline, ruleId, path, entry.path("missing"), pointer, ids, profiles);
                        if (why != null) {
                            violations.computeIfAbsent(entry.path("pack").asText(), k -> new ArrayList<>())
                                    .add(ruleId + " @ " + path + " (" + pack.id() + "/" + factsFile.getFileName() + ") lists " + pointer
                                            + " as missing, but " + why);
                        }
                    }
                }
            }
        }
        System.out.println(pairs + " missing pointers tried, " + evaluations + " evaluations, "
                + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms CPU");
        List<String> failing = new ArrayList<>();
        violations.values().forEach(failing::addAll);
        assertThat(pairs).as("missing pointers tried").isGreaterThan(100);
        assertThat(failing).as("missing facts that cannot change their rule's outcome (%d of %d tried)", failing.size(), pairs).isEmpty();
    }

    /**
     * Null when the pointer's value can change the entry; else what was seen. First the pointer alone: some candidate
     * changes the entry beyond dropping it. Facts that decide only together (a quantity and its approved limit, a score
     * of many items) need the others known: then each other missing fact in turn, and all of them at once, is given
     * each of its candidates, and the pointer's candidates must not all give the same outcome.
     */
    private static String whyItCannotMatter(CompiledPacks compiled, JsonNode facts, JsonNode baseline, String ruleId, String path,
                                            JsonNode missing, String pointer, Set<String> ids, Set<String> profiles) {
        List<JsonNode> candidates = candidates(pointer, false, ids, profiles);
        String dropped = state(baseline, ruleId, path, pointer, missing);
        List<String> tried = new ArrayList<>();
        for (JsonNode value : candidates) {
            JsonNode after = evaluate(compiled, with(facts, pointer, value));
            if (after != null) {
                if (!state(after, ruleId, path, pointer, null).equals(dropped)) {
                    return null;
                }
                tried.add(value.toString());
            }
        }
        if (tried.isEmpty()) {
            return "no candidate value from the schema made a valid document (" + candidates + ")";
        }
        List<String> others = new ArrayList<>();
        missing.forEach(m -> {
            if (!m.asText().equals(pointer)) {
                others.add(m.asText());
            }
        });
        List<JsonNode> ladder = candidates(pointer, true, ids, profiles);
        for (String other : others) {
            for (JsonNode w : candidates(other, true, ids, profiles)) {
                if (varies(compiled, with(facts, other, w), ruleId, path, pointer, ladder)) {
                    return null;
                }
            }
        }
        for (int k = 0; k < 3 && !others.isEmpty(); k++) {
            JsonNode all = facts;
            for (String other : others) {
                List<JsonNode> c = candidates(other, false, ids, profiles);
                all = all == null || c.isEmpty() ? all : with(all, other, c.get(k == 2 ? c.size() - 1 : Math.min(k, c.size() - 1)));
            }
            if (varies(compiled, all, ruleId, path, pointer, ladder)) {
                return null;
            }
        }
        return "with each of " + String.join(", ", tried) + " the rule only drops it"
                + (others.isEmpty() ? "" : ", and its value changes nothing when " + String.join(", ", others) + " are given one at a time or together");
    }

    /** Whether the pointer's candidates, on these facts, give more than one outcome of the entry. */
    private static boolean varies(CompiledPacks compiled, JsonNode facts, String ruleId, String path, String pointer, List<JsonNode> ladder) {
        if (facts == null) {
            return false;
        }
        Set<String> states = new HashSet<>();
        for (JsonNode v : ladder) {
            JsonNode after = evaluate(compiled, with(facts, pointer, v));
            if (after != null && states.add(state(after, ruleId, path, pointer, null)) && states.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry's outcome: the rule's findings at the path, its missing sets there and the grades (a score or a colour
     * is the outcome of a roll-up), with the pointer taken out of every list of pointers; {@code missing}, when given, is
     * the baseline entry the pointer is dropped from.
     */
    private static String state(JsonNode outcome, String ruleId, String path, String pointer, JsonNode missing) {
        List<String> sets = new ArrayList<>();
        for (String set : missingSets(outcome, ruleId, path)) {
            sets.add(missing != null && set.equals(missing.toString()) ? without(missing, pointer) : set);
        }
        JsonNode grades = outcome.path("grades").deepCopy();
        dropPointer(grades, pointer);
        return fired(outcome, ruleId, path) + " " + sets + " " + grades;
    }

    private static void dropPointer(JsonNode node, String pointer) {
        if (node instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                if (a.get(i).isTextual() && a.get(i).asText().equals(pointer)) {
                    a.remove(i);
                } else {
                    dropPointer(a.get(i), pointer);
                }
            }
        } else if (node instanceof ObjectNode o) {
            o.properties().forEach(e -> dropPointer(e.getValue(), pointer));
        }
    }

    private static String without(JsonNode missing, String pointer) {
        ArrayNode rest = NODES.arrayNode();
        missing.forEach(m -> {
            if (!m.asText().equals(pointer)) {
                rest.add(m);
            }
        });
        return rest.toString();
    }

    /** The rule's missing sets at the path, and at the elements below or above it (with their paths when not the path itself). */
    private static List<String> missingSets(JsonNode outcome, String ruleId, String path) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : outcome.path("notEvaluated")) {
            String at = e.path("path").asText();
            if (e.path("ruleId").asText().equals(ruleId) && related(at, path)) {
                out.add((at.equals(path) ? "" : at + " ") + e.path("missing"));
            }
        }
        return out;
    }

    /** The rule's findings at the path, or at an element below or above it (a finding may point at a list entry). */
    private static int fired(JsonNode outcome, String ruleId, String path) {
        int n = 0;
        for (JsonNode f : outcome.path("findings")) {
            if (f.path("ruleId").asText().equals(ruleId) && related(f.path("path").asText(), path)) {
                n++;
            }
        }
        return n;
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    /** The case's outcome on these facts, or null when they are not a valid document. */
    private static JsonNode evaluate(CompiledPacks compiled, JsonNode facts) {
        if (facts == null) {
            return null;
        }
        evaluations++;
        ParsedFacts parsed;
        try {
            parsed = FactReader.read(Json.mapper().writeValueAsBytes(facts), "case", 1);
        } catch (InvalidFactsException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String profile = parsed.model().getProfile() == null ? SafeGrade.DEFAULT_PROFILE : parsed.model().getProfile();
        return ReportJson.outcome(Evaluator.evaluate(compiled, parsed, parsed.model().getAsOf(), profile, SafeGrade.version()));
    }

    /** A copy of the facts with the value at the pointer (absent parent objects created); null when a parent is a list too short. */
    static JsonNode with(JsonNode facts, String pointer, JsonNode value) {
        JsonNode copy = facts.deepCopy();
        String[] tokens = pointer.substring(1).split("/", -1);
        JsonNode at = copy;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replace("~1", "/").replace("~0", "~");
            boolean last = i == tokens.length - 1;
            if (at instanceof ObjectNode o) {
                if (last) {
                    o.set(token, value);
                } else {
                    JsonNode next = o.get(token);
                    if (next == null || next.isNull()) {
                        next = o.putObject(token);
                    }
                    at = next;
                }
            } else if (at instanceof ArrayNode a && token.matches("\\d+") && Integer.parseInt(token) < a.size()) {
                if (last) {
                    a.set(Integer.parseInt(token), value);
                } else {
                    at = a.get(Integer.parseInt(token));
                }
            } else {
                return null;
            }
        }
        return copy;
    }

    static String pattern(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    private static final double[] LADDER = {0, 1, 2, 5, 10, 20, 50, 100, 500, 1000, 10_000, 1_000_000_000};

    /**
     * The candidate values at a pointer (see the class comment); with {@code ladder}, numbers are tried on a ladder
     * from 0 to 10^9 rather than at its ends. A free text is tried as an id of the document (a reference) or "X1"; the
     * profile as each profile the packs declare.
     */
    static List<JsonNode> candidates(String pointer, boolean ladder, Set<String> ids, Set<String> profiles) {
        if (pointer.equals("/profile")) {
            return profiles.stream().map(p -> (JsonNode) NODES.textNode(p)).toList();
        }
        return candidates(FactPointers.resolve(pattern(pointer)).schema(), 2, ladder, ids);
    }

    private static List<JsonNode> candidates(JsonNode schema, int depth, boolean ladder, Set<String> ids) {
        List<JsonNode> out = new ArrayList<>();
        if (schema == null || !schema.isObject()) {
            return out;
        }
        JsonNode s = deref(schema);
        JsonNode enumeration = find(s, "enum");
        if (enumeration != null) {
            enumeration.forEach(out::add);
            return out;
        }
        JsonNode constant = find(s, "const");
        if (constant != null) {
            out.add(constant);
            return out;
        }
        Set<String> types = types(s);
        if (types.contains("boolean")) {
            out.add(NODES.booleanNode(true));
            out.add(NODES.booleanNode(false));
        }
        if (types.contains("integer") || types.contains("number")) {
            JsonNode min = find(s, "minimum");
            JsonNode max = find(s, "maximum");
            JsonNode above = find(s, "exclusiveMinimum");
            double low = min != null ? min.asDouble() : above != null ? above.asDouble() + 1 : 0;
            double high = max == null ? 1_000_000_000 : max.asDouble();
            Set<Double> values = new java.util.LinkedHashSet<>(List.of(low, high));
            if (ladder) {
                for (double v : LADDER) {
                    if (v >= low && v <= high) {
                        values.add(v);
                    }
                }
            }
            for (double v : values) {
                out.add(v == Math.rint(v) ? NODES.numberNode((long) v) : NODES.numberNode(v));
            }
        }
        if (types.contains("string")) {
            JsonNode format = find(s, "format");
            if (format != null && format.asText().equals("date")) {
                out.add(NODES.textNode("1900-01-01"));
                out.add(NODES.textNode("2999-12-31"));
            } else {
                out.add(NODES.textNode("X1"));
                ids.forEach(id -> out.add(NODES.textNode(id)));
                JsonNode examples = find(s, "examples");
                if (find(s, "pattern") != null && examples != null) {
                    examples.forEach(out::add); // a patterned string (a region code): the schema's own examples match it
                }
            }
        }
        if (types.contains("array")) {
            out.add(NODES.arrayNode());
            JsonNode items = find(s, "items");
            if (items != null && depth > 0) {
                JsonNode itemEnum = find(deref(items), "enum");
                if (itemEnum != null) {
                    itemEnum.forEach(v -> out.add(NODES.arrayNode().add(v)));
                } else {
                    List<JsonNode> elements = minimals(items, depth - 1, ids);
                    elements.forEach(e -> out.add(NODES.arrayNode().add(e)));
                    if (elements.size() > 1) {
                        out.add(NODES.arrayNode().add(elements.get(0)).add(elements.get(1))); // two different ones
                    }
                }
            }
        }
        if (types.contains("object")) {
            out.add(NODES.objectNode());
            if (depth > 0) {
                minimals(s, depth - 1, ids).stream().filter(e -> e.size() > 0).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Values of a schema with only their required properties: each at its first candidate, then each property in turn at
     * its other candidates; for an object whose allOf holds if/then variants (an assessment's method), the same for each
     * variant. Empty when a required property has no candidate.
     */
    private static List<JsonNode> minimals(JsonNode schema, int depth, Set<String> ids) {
        JsonNode s = deref(schema);
        if (!types(s).contains("object")) {
            return candidates(s, Math.max(depth, 0), false, ids);
        }
        JsonNode properties = find(s, "properties");
        List<JsonNode[]> variants = new ArrayList<>(); // {required, then-properties, if-properties}
        variants.add(new JsonNode[] {find(s, "required"), null, null});
        for (JsonNode branch : s.path("allOf")) {
            if (branch.has("then")) {
                variants.add(new JsonNode[] {branch.path("then").path("required"), branch.path("then").path("properties"),
                        branch.path("if").path("properties")});
            }
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode[] v : variants) {
            Map<String, List<JsonNode>> values = new java.util.LinkedHashMap<>();
            for (JsonNode r : v[0] == null ? NODES.arrayNode() : v[0]) {
                String key = r.asText();
                List<JsonNode> c;
                if (v[2] != null && v[2].path(key).has("const")) {
                    c = List.of(v[2].path(key).get("const"));
                } else if (v[1] != null && v[1].path(key).has("enum")) {
                    c = new ArrayList<>();
                    v[1].path(key).get("enum").forEach(c::add);
                } else {
                    JsonNode p = properties == null ? null : properties.get(key);
                    c = p == null || depth < 0 ? List.of() : candidates(p, depth, false, ids);
                }
                if (c.isEmpty()) {
                    values = null;
                    break;
                }
                values.put(key, c);
            }
            if (values == null) {
                continue;
            }
            long combinations = values.values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
            List<ObjectNode> objects = new ArrayList<>(List.of(NODES.objectNode()));
            if (combinations <= 24) {
                for (Map.Entry<String, List<JsonNode>> e : values.entrySet()) {
                    List<ObjectNode> next = new ArrayList<>();
                    for (ObjectNode o : objects) {
                        e.getValue().forEach(value -> next.add(o.deepCopy().set(e.getKey(), value)));
                    }
                    objects = next;
                }
                out.addAll(objects);
            } else {
                ObjectNode first = objects.get(0);
                values.forEach((k, c) -> first.set(k, c.get(0)));
                out.add(first);
                values.forEach((k, c) -> c.stream().skip(1).limit(6).forEach(other -> out.add(first.deepCopy().set(k, other))));
            }
        }
        return out;
    }

    private static Set<String> types(JsonNode s) {
        Set<String> out = new HashSet<>();
        JsonNode type = find(s, "type");
        if (type != null && type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else if (type != null) {
            out.add(type.asText());
        } else if (find(s, "properties") != null) {
            out.add("object");
        }
        return out;
    }

    /** The keyword in the node or a branch of its allOf/oneOf/anyOf (as FactPointers reads the schema). */
    private static JsonNode find(JsonNode node, String keyword) {
        JsonNode n = deref(node);
        if (n.has(keyword)) {
            return n.get(keyword);
        }
        for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            for (JsonNode b : n.path(combinator)) {
                JsonNode found = find(b, keyword);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonNode deref(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref") && n.get("$ref").asText().startsWith("#/")) {
            JsonNode target = SCHEMA.at(n.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                break;
            }
            n = target;
        }
        return n;
    }

    private static JsonNode schema() {
        try {
            return Json.mapper().readTree(FactsSchema.text(FactsSchema.FACTS_RESOURCE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void candidatesComeFromTheSchema() {
        Set<String> none = Set.of();
        assertThat(candidates("/enterprise/units/0/tankFarm/emergencyShutoff", false, none, none))
                .extracting(JsonNode::toString).containsExactly("true", "false");
        assertThat(candidates("/enterprise/units/0/tankFarm/media", false, none, none))
                .extracting(JsonNode::toString).contains("[]", "[\"toxic-gas\"]", "[\"liquefied-gas\"]");
        assertThat(candidates("/enterprise/units/0/exposedPeople", false, none, none))
                .extracting(JsonNode::toString).containsExactly("0", "1000000000");
        assertThat(candidates("/enterprise/riskPoints/0/assessment", false, none, none)).extracting(JsonNode::toString)
                .contains("{}", "{\"method\":\"LEC\",\"L\":10,\"E\":10,\"C\":100}", "{\"method\":\"MES\",\"M\":5,\"E\":10,\"S\":1}");
        assertThat(candidates("/enterprise/riskPoints/0/unit", false, Set.of("U1"), none)).extracting(JsonNode::asText).containsExactly("X1", "U1");
        assertThat(candidates("/profile", false, none, Set.of("national"))).extracting(JsonNode::asText).containsExactly("national");
        JsonNode doc = Json.mapper().createObjectNode().set("enterprise", Json.mapper().createObjectNode()
                .set("units", Json.mapper().createArrayNode().add(Json.mapper().createObjectNode())));
        assertThat(with(doc, "/enterprise/units/0/tankFarm/media", NODES.arrayNode()).toString())
                .isEqualTo("{\"enterprise\":{\"units\":[{\"tankFarm\":{\"media\":[]}}]}}");
        assertThat(with(doc, "/enterprise/units/1/kind", NODES.textNode("x"))).isNull();
    }
}
