package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.engine.Evaluator;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.model.Facts;
import dev.safegrade.internal.packs.PackLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A colour or class decided over unknown facts must be the one every completion of those facts gets. For a few
 * partially known documents this fills each unknown fact with each value it may take, evaluates every
 * completion, and checks the partial report against them: its range holds every completion's score and
 * colour/class, a decided colour/class equals every completion's (so it is never better than any), and an
 * undecided one really has completions that disagree.
 */
class UnknownCompletionsTest {
    private static final CompiledPacks FOUR_COLOUR = CompiledPacks.of(List.of(PackLoader.load(Path.of("rules/four-colour"), "test")));
    private static final CompiledPacks PARK_RISK = CompiledPacks.of(List.of(PackLoader.load(Path.of("rules/park-risk"), "test")));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> BOOLEANS = List.of(NODES.booleanNode(true), NODES.booleanNode(false));
    private static final List<JsonNode> EDUCATION = List.of(NODES.textNode("below-high-school"), NODES.textNode("high-school"));

    /**
     * Each row: a fully known golden case, the facts removed from it (JSON Pointers, ';'-separated; "+P03" adds a
     * special operator with a valid certificate and unknown education), and whether the colour must be decided.
     */
    @ParameterizedTest(name = "{0} without {1}: decided {2}")
    @CsvSource({
        "diagnosis-band-89.9, /enterprise/inChemicalPark, true",
        "diagnosis-band-90, /enterprise/inChemicalPark, false",
        "diagnosis-band-75, /enterprise/equipment/dualPowerSupply, true",
        "diagnosis-band-75, /enterprise/inChemicalPark, false",
        "diagnosis-band-89.9, /enterprise/inChemicalPark;/enterprise/equipment/dualPowerSupply;/enterprise/emergency/ownFireBrigade;/enterprise/people/0/chemicalQualification, false",
        "diagnosis-band-60, /enterprise/emergency/ownFireBrigade;/enterprise/people/0/chemicalQualification, true",
        "diagnosis-band-59.9, +P03, true",
        "diagnosis-band-90, +P03;/enterprise/emergency/ownFireBrigade, false"})
    void diagnosisAgreesWithEveryCompletion(String base, String removed, boolean decided) throws Exception {
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(Path.of("rules/four-colour/cases", base + ".facts.json").toFile());
        Map<String, List<JsonNode>> unknown = new LinkedHashMap<>();
        for (String pointer : removed.split(";")) {
            if (pointer.equals("+P03")) {
                ObjectNode p = ((ArrayNode) doc.at("/enterprise/people")).addObject();
                p.put("id", "P03");
                p.putArray("roles").add("special-operator");
                p.putArray("certificates").addObject().put("kind", "special-operation").put("validUntil", "2027-12-31");
                unknown.put("/enterprise/people/" + (doc.at("/enterprise/people").size() - 1) + "/education", EDUCATION);
            } else {
                remove(doc, pointer);
                unknown.put(pointer, BOOLEANS);
            }
        }
        Map<?, ?> partial = grade(evaluate(FOUR_COLOUR, doc), "chemEnterpriseRisk");
        Map<?, ?> partialRollup = grade(evaluate(FOUR_COLOUR, doc), "riskColor");
        Map<?, ?> scoreRange = (Map<?, ?>) partial.get("scoreRange");
        Map<?, ?> colorRange = (Map<?, ?>) partial.get("colorRange");

        Set<RiskColor> colours = new TreeSet<>();
        for (ObjectNode completion : completions(doc, unknown)) {
            Report r = evaluate(FOUR_COLOUR, completion);
            Map<?, ?> full = grade(r, "chemEnterpriseRisk");
            assertThat(full.get("color")).as("a completion has a colour: %s", full).isNotNull();
            RiskColor colour = RiskColor.valueOf((String) full.get("color"));
            colours.add(colour);
            if (partial.get("color") != null) {
                assertThat(partial.get("color")).as("the decided colour, against a completion").isEqualTo(colour.name());
            }
            BigDecimal score = decimal(full.get("score"));
            assertThat(score).as("score of a completion within the range %s", scoreRange).isBetween(decimal(scoreRange.get("min")),
                    scoreRange.get("max") == null ? score : decimal(scoreRange.get("max")));
            assertThat(severity(colour)).as("completion %s within %s", colour, colorRange)
                    .isBetween(severity(RiskColor.valueOf((String) colorRange.get("best"))), severity(RiskColor.valueOf((String) colorRange.get("worst"))));
            if (partialRollup.get("value") != null) {
                assertThat(partialRollup.get("value")).as("the decided enterprise colour, against a completion")
                        .isEqualTo(grade(r, "riskColor").get("value"));
            }
        }
        assertThat(partial.get("decided")).isEqualTo(decided);
        assertThat(partial.get("color") != null).isEqualTo(decided);
        // undecided only when the completions really disagree
        assertThat(colours.size() == 1).as("completions' colours %s", colours).isEqualTo(decided);
    }

    /**
     * Each row: the listed rows of a 2023 checklist (row:score, ';'-separated) and whether the class must be
     * decided. A completion fills each described row (1–4) not listed with each score it allows, takes every listed
     * row the reference does not describe at its score as its maximum, and gives the rows still unknown (the
     * points left to 100) nothing or everything.
     */
    @ParameterizedTest(name = "{0}: decided {1}")
    @CsvSource({
        "1:5;2:5, false",
        "1:2.5;2:0;3:0;4:5;5:62.5, true",
        "1:0;2:0;3:0;4:8;5:62, false",
        "1:5;2:5;3:5;4:8;5:62, true",
        "1:0;2:0;3:0;4:0;5:40, false",
        "3:0;4:0;5:70, false",
        "1:5;2:5;3:5;4:5;5:6;6:4;7:8;8:5;9:10;10:6.5;11:4;12:10, false"})
    void parkClassAgreesWithEveryCompletion(String listed, boolean decided) throws Exception {
        Map<Integer, BigDecimal> rows = new LinkedHashMap<>();
        for (String r : listed.split(";")) {
            rows.put(Integer.parseInt(r.split(":")[0]), new BigDecimal(r.split(":")[1]));
        }
        Map<?, ?> partial = grade(evaluate(PARK_RISK, park(rows)), "parkRisk");
        Map<?, ?> scoreRange = (Map<?, ?>) partial.get("scoreRange");
        Map<?, ?> classRange = (Map<?, ?>) partial.get("classRange");

        Map<Integer, List<BigDecimal>> described = Map.of(1, List.of(BigDecimal.ZERO, BigDecimal.valueOf(5)),
                2, List.of(BigDecimal.ZERO, BigDecimal.valueOf(5)), 3, List.of(BigDecimal.ZERO, BigDecimal.valueOf(5)),
                4, List.of(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.valueOf(8)));
        // points the rows nobody lists hold: 100 less the described rows' maxima (23) and the undescribed rows' scores
        BigDecimal rest = BigDecimal.valueOf(100 - 23);
        for (Map.Entry<Integer, BigDecimal> r : rows.entrySet()) {
            if (!described.containsKey(r.getKey())) {
                rest = rest.subtract(r.getValue());
            }
        }
        List<Map<Integer, BigDecimal>> completions = List.of(new LinkedHashMap<>(rows));
        for (int row = 1; row <= 4; row++) {
            if (!rows.containsKey(row)) {
                List<Map<Integer, BigDecimal>> more = new ArrayList<>();
                for (Map<Integer, BigDecimal> c : completions) {
                    for (BigDecimal score : described.get(row)) {
                        Map<Integer, BigDecimal> filled = new LinkedHashMap<>(c);
                        filled.put(row, score);
                        more.add(filled);
                    }
                }
                completions = more;
            }
        }
        Set<String> classes = new TreeSet<>();
        for (Map<Integer, BigDecimal> c : completions) {
            for (BigDecimal unlisted : List.of(BigDecimal.ZERO, rest)) {
                BigDecimal total = c.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(unlisted);
                String cls = classOf(total);
                classes.add(cls);
                if (partial.get("class") != null) {
                    assertThat(partial.get("class")).as("the decided class, against a completion scoring %s", total).isEqualTo(cls);
                }
                assertThat(total).as("total of a completion within %s", scoreRange)
                        .isBetween(decimal(scoreRange.get("min")), decimal(scoreRange.get("max")));
                // A is the worst class, D the best: a completion lies between them
                assertThat(cls).isBetween((String) classRange.get("worst"), (String) classRange.get("best"));
            }
        }
        assertThat(partial.get("decided")).isEqualTo(decided);
        assertThat(partial.get("class") != null).isEqualTo(decided);
        assertThat(classes.size() == 1).as("completions' classes %s", classes).isEqualTo(decided);
    }

    /** The 2023 bands (tables/bands-2023.json): A < 60 ≤ B < 70 ≤ C < 85 ≤ D. */
    private static String classOf(BigDecimal total) {
        double t = total.doubleValue();
        return t < 60 ? "A" : t < 70 ? "B" : t < 85 ? "C" : "D";
    }

    private static ObjectNode park(Map<Integer, BigDecimal> rows) {
        ObjectNode doc = NODES.objectNode();
        doc.put("factsVersion", 1);
        doc.put("asOf", AS_OF.toString());
        ObjectNode park = doc.putObject("park");
        park.put("id", "HGYQ-610526-01");
        park.put("name", "渭北示例化工园区");
        park.put("checklistEdition", "2023");
        ArrayNode list = park.putArray("checklist");
        rows.forEach((row, score) -> list.addObject().put("row", row).put("score", score));
        return doc;
    }

    /** Every document the unknown facts allow: each pointer set to each of its values. */
    private static List<ObjectNode> completions(ObjectNode doc, Map<String, List<JsonNode>> unknown) {
        List<ObjectNode> out = List.of(doc);
        for (Map.Entry<String, List<JsonNode>> u : unknown.entrySet()) {
            List<ObjectNode> more = new ArrayList<>();
            for (ObjectNode d : out) {
                for (JsonNode value : u.getValue()) {
                    ObjectNode c = d.deepCopy();
                    String pointer = u.getKey();
                    ((ObjectNode) c.at(pointer.substring(0, pointer.lastIndexOf('/')))).set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
                    more.add(c);
                }
            }
            out = more;
        }
        return out;
    }

    private static void remove(ObjectNode doc, String pointer) {
        JsonNode parent = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
        assertThat(parent.has(pointer.substring(pointer.lastIndexOf('/') + 1))).as("%s is in the base case", pointer).isTrue();
        ((ObjectNode) parent).remove(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static Report evaluate(CompiledPacks packs, ObjectNode doc) throws Exception {
        Facts model = Json.mapper().treeToValue(doc, Facts.class).locate();
        return Evaluator.evaluate(packs, new ParsedFacts("completion", "-", doc, model, doc.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 1), AS_OF, "national", "test");
    }

    private static Map<?, ?> grade(Report r, String key) {
        assertThat(r.grades()).containsKey(key);
        return (Map<?, ?>) r.grades().get(key);
    }

    private static BigDecimal decimal(Object n) {
        return new BigDecimal(String.valueOf(n));
    }

    private static int severity(RiskColor c) {
        return switch (c) {
            case BLUE -> 0;
            case YELLOW -> 1;
            case ORANGE -> 2;
            case RED -> 3;
        };
    }
}
