package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.Finding;
import dev.safegrade.NotEvaluated;
import dev.safegrade.Report;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.engine.Evaluator;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.packs.PackLoader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four-colour (grades.majorHazardSources, MHS-GB18218-LEVEL) and major-hazard-chem (item 5, which needs the level)
 * read one GB 18218: each pack evaluated alone on the same units gives the same S, α, R and level, the same
 * missing pointers while a quantity is unknown, and both agree with four-color.md §3.3 at the edges.
 */
class Gb18218AgreementTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** A tank farm without emergency shut-off, so that chem's item 5 reports it whenever it is of level 1 or 2. */
    private static String tankFarm(String id, String substances, int people) {
        return """
                {"id": "%s", "kind": "tank-farm", "substances": [%s], "exposedPeople": %d,
                 "tankFarm": {"emergencyShutoff": false, "independentSis": true, "media": ["flammable-liquid"]}}"""
                .formatted(id, substances, people);
    }

    private static String methanol(String q) {
        return "{\"name\": \"甲醇\", \"quantityT\": " + q + ", \"criticalQuantityT\": 100, \"beta\": 1.0}";
    }

    private static final String FACTS = """
            {"factsVersion": 1, "asOf": "2026-06-30", "enterprise": {
              "id": "91610131MA6TG1C432", "name": "西安示例储运有限公司", "industry": "hazardous-chemicals",
              "activities": ["storage"], "people": [], "units": [%s]}}""".formatted(String.join(",\n", List.of(
            tankFarm("PEOPLE-100", methanol("2500"), 100),      // α 2.0: R = 50, 二级
            tankFarm("PEOPLE-99", methanol("2500"), 99),        // α 1.5: R = 37.5, 三级
            tankFarm("R-100", methanol("5000"), 100),           // R = 100: 一级
            tankFarm("R-99.98", methanol("4999"), 100),         // R = 99.98: 二级
            tankFarm("R-50", methanol("5000"), 30),             // 30 people, α 1.2: R = 60, 二级
            tankFarm("Q-UNKNOWN-IDENTIFIED", methanol("300") + ", {\"name\": \"液氯\", \"criticalQuantityT\": 5, \"beta\": 4}", 10),
            tankFarm("Q-UNKNOWN-OPEN", methanol("50") + ", {\"name\": \"液氯\", \"criticalQuantityT\": 5, \"beta\": 4}", 10))));

    private static final List<String> UNITS = List.of("PEOPLE-100", "PEOPLE-99", "R-100", "R-99.98", "R-50",
            "Q-UNKNOWN-IDENTIFIED", "Q-UNKNOWN-OPEN");

    private static Report evaluate(String pack) {
        ParsedFacts parsed = FactReader.read(FACTS.getBytes(StandardCharsets.UTF_8), "gb18218-agreement", 1);
        return Evaluator.evaluate(CompiledPacks.of(List.of(PackLoader.load(Path.of("rules", pack), "test"))), parsed, AS_OF,
                "national", "test");
    }

    private static String path(String unit) {
        return "/enterprise/units/" + UNITS.indexOf(unit);
    }

    private static BigDecimal num(Object o) {
        return o == null ? null : new BigDecimal(String.valueOf(o));
    }

    /** Four-colour's grade entry of a unit, when it is a 重大危险源 of known level. */
    private static Optional<Map<?, ?>> graded(Report fourColour, String unit) {
        return ((List<?>) fourColour.grades().getOrDefault("majorHazardSources", List.of())).stream()
                .<Map<?, ?>>map(m -> (Map<?, ?>) m).filter(m -> unit.equals(m.get("unit"))).findFirst();
    }

    private static Optional<Finding> item5(Report chem, String unit) {
        return chem.findings().stream().filter(f -> f.ruleId().equals("MHC-CHEM-2017-05") && f.path().equals(path(unit))).findFirst();
    }

    private static Optional<NotEvaluated> open(Report r, String ruleId, String unit) {
        return r.notEvaluated().stream().filter(n -> n.ruleId().equals(ruleId) && n.path().equals(path(unit))).findFirst();
    }

    @Test
    void bothPacksReadTheSameSAlphaRAndLevel() {
        Report fourColour = evaluate("four-colour");
        Report chem = evaluate("major-hazard-chem");
        for (String unit : UNITS) {
            Optional<Map<?, ?>> g = graded(fourColour, unit);
            Optional<Finding> f = item5(chem, unit);
            if (g.isPresent() && ((Number) g.get().get("level")).intValue() <= 2) {
                assertThat(f).as("chem item 5 on %s, a level-%s source", unit, g.get().get("level")).isPresent();
                Map<String, Object> ev = f.get().evidence();
                for (String key : List.of("S", "alpha", "R", "level")) {
                    assertThat(num(ev.get(key))).as("%s of %s", key, unit).isEqualByComparingTo(num(g.get().get(key)));
                }
            } else {
                // level 3 or 4, or unknown: chem's item 5 does not fire
                assertThat(f).as("chem item 5 on %s", unit).isEmpty();
            }
            Optional<NotEvaluated> fourOpen = open(fourColour, "MHS-GB18218-LEVEL", unit);
            Optional<NotEvaluated> chemOpen = open(chem, "MHC-CHEM-2017-05", unit);
            assertThat(chemOpen.map(NotEvaluated::missing)).as("what %s misses for its level", unit)
                    .isEqualTo(fourOpen.map(NotEvaluated::missing));
        }
    }

    /** The values themselves, against four-color.md §3.3 (α: ≥100 → 2.0, 50–99 → 1.5; 一级 R ≥ 100, 二级 50 ≤ R < 100). */
    @Test
    void theEdgesAreTheReferenceEdges() {
        Report fourColour = evaluate("four-colour");
        Report chem = evaluate("major-hazard-chem");
        assertThat(num(graded(fourColour, "PEOPLE-100").orElseThrow().get("alpha"))).isEqualByComparingTo("2.0");
        assertThat(num(graded(fourColour, "PEOPLE-99").orElseThrow().get("alpha"))).isEqualByComparingTo("1.5");
        assertThat(num(graded(fourColour, "PEOPLE-99").orElseThrow().get("R"))).isEqualByComparingTo("37.5");
        assertThat(graded(fourColour, "PEOPLE-99").orElseThrow().get("level")).isEqualTo(3);
        assertThat(item5(chem, "PEOPLE-100").orElseThrow().evidence().get("level")).isEqualTo(2);
        assertThat(item5(chem, "R-100").orElseThrow().evidence().get("level")).isEqualTo(1);
        assertThat(num(item5(chem, "R-99.98").orElseThrow().evidence().get("R"))).isEqualByComparingTo("99.98");
        assertThat(item5(chem, "R-99.98").orElseThrow().evidence().get("level")).isEqualTo(2);
        assertThat(num(item5(chem, "R-50").orElseThrow().evidence().get("alpha"))).isEqualByComparingTo("1.2");
    }

    /**
     * An unknown quantity: where the known terms already reach S ≥ 1 (300/100) the unit is a 重大危险源 in both packs
     * (four-colour's direct determination and 2018 sheet count it) and only its level is open, for want of that q;
     * where they do not (50/100) both leave it open for the same q.
     */
    @Test
    void anUnknownQuantityLeavesTheSameThingsOpen() {
        Report fourColour = evaluate("four-colour");
        Report chem = evaluate("major-hazard-chem");
        String q = path("Q-UNKNOWN-IDENTIFIED") + "/substances/1/quantityT";
        assertThat(open(fourColour, "MHS-GB18218-LEVEL", "Q-UNKNOWN-IDENTIFIED").orElseThrow().missing()).containsExactly(q);
        assertThat(open(chem, "MHC-CHEM-2017-05", "Q-UNKNOWN-IDENTIFIED").orElseThrow().missing()).containsExactly(q);
        String q2 = path("Q-UNKNOWN-OPEN") + "/substances/1/quantityT";
        assertThat(open(fourColour, "MHS-GB18218-LEVEL", "Q-UNKNOWN-OPEN").orElseThrow().missing()).containsExactly(q2);
        assertThat(open(chem, "MHC-CHEM-2017-05", "Q-UNKNOWN-OPEN").orElseThrow().missing()).containsExactly(q2);
        assertThat(graded(fourColour, "Q-UNKNOWN-IDENTIFIED")).isEmpty();
        assertThat(fourColour.findings()).noneMatch(f -> f.ruleId().equals("MHS-GB18218-BELOW"));
    }

    /** One table set: the packs ship the GB 18218 tables byte for byte (SessionTables refuses them otherwise only when they run together). */
    @ParameterizedTest
    @ValueSource(strings = {"gb18218.json", "gb18218-alpha.json", "gb18218-levels.json"})
    void bothPacksShipTheSameTables(String file) throws Exception {
        assertThat(Files.readString(Path.of("rules/major-hazard-chem/tables", file)))
                .isEqualTo(Files.readString(Path.of("rules/four-colour/tables", file)));
    }
}
