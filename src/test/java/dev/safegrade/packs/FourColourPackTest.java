package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.safegrade.Report;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.engine.Evaluator;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.model.Facts;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the golden cases of rules/four-colour cannot show: scores no valid fact file reaches, and the profile table's integrity. */
class FourColourPackTest {
    private static final Pack PACK = PackLoader.load(Path.of("rules/four-colour"), "test");

    /**
     * 320 and 160 are not products of the LEC value tables, so the schema keeps every fact file off them. Built
     * without the schema, a point with C = D (L = E = 1) lands exactly on each boundary of both variants.
     */
    @ParameterizedTest(name = "{0}: D = {1} is {2}")
    @CsvSource({
        "national, 320, ORANGE", "national, 320.5, RED", "national, 160, YELLOW", "national, 160.5, ORANGE",
        "national, 70, BLUE", "national, 20, BLUE",
        "lec-variant-b, 320, RED", "lec-variant-b, 160, ORANGE", "lec-variant-b, 160.5, RED",
        "lec-variant-b, 70, YELLOW", "lec-variant-b, 20, BLUE", "lec-variant-b, 20.5, YELLOW"})
    void lecBoundariesNoFactFileCanReach(String profile, double d, String color) throws Exception {
        ObjectNode doc = (ObjectNode) Json.mapper().readTree("""
                {"factsVersion": 1, "asOf": "2026-06-30", "enterprise": {
                  "id": "91610131MA6TG1C432", "name": "边界", "industry": "machinery",
                  "units": [{"id": "U01", "kind": "workshop", "substances": []}], "hazards": [],
                  "riskPoints": [{"id": "P", "unit": "U01", "assessment": {"method": "LEC", "L": 1, "E": 1, "C": 1},
                                  "simultaneousWorkers": 1, "hazardTypes": [], "violatesMandatoryStandard": false,
                                  "accidentConditionsPersist": false}]}}""");
        ((ObjectNode) doc.at("/enterprise/riskPoints/0/assessment")).put("C", d);
        Facts model = Json.mapper().treeToValue(doc, Facts.class).locate();
        Report r = Evaluator.evaluate(CompiledPacks.of(List.of(PACK)), new ParsedFacts("boundary", "-", doc, model, doc.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 1),
                LocalDate.of(2026, 6, 30), profile, "test");

        Map<?, ?> point = (Map<?, ?>) ((List<?>) r.grades().get("riskPoints")).get(0);
        assertThat(String.valueOf(point.get("color"))).as("colour of D = %s under %s", d, profile).isEqualTo(color);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("RISK-POINT-LEC")).singleElement()
                .satisfies(f -> assertThat(f.color().name()).isEqualTo(color));
    }

    /** Every profile the pack announces chooses an LEC and an LS band table, and names only tables that exist. */
    @Test
    void everyProfileHasItsBandTables() {
        Set<String> bandTables = new HashSet<>();
        JsonNode choices = null;
        for (JsonNode t : PACK.tables().values()) {
            if (t.path("kind").asText().equals("bands")) {
                bandTables.add(t.path("id").asText());
            } else if (t.path("kind").asText().equals("profile-bands")) {
                choices = t.path("rows");
            }
        }
        assertThat(choices).isNotNull();
        Set<String> profiles = new TreeSet<>();
        Set<String> withLec = new TreeSet<>();
        Set<String> withLs = new TreeSet<>();
        for (JsonNode row : choices) {
            String profile = row.path("profile").asText();
            profiles.add(profile);
            assertThat(bandTables).as("band table of %s", row).contains(row.path("table").asText());
            switch (row.path("method").asText()) {
                case "LEC" -> withLec.add(profile);
                case "LS" -> withLs.add(profile);
                default -> { }
            }
        }
        assertThat(profiles).containsExactlyInAnyOrderElementsOf(PACK.manifest().profiles());
        assertThat(withLec).isEqualTo(profiles);
        assertThat(withLs).isEqualTo(profiles);
    }

    /** The grades this pack adds (null colours of undecided points, majorRiskList …) stay within the report schema. */
    @Test
    void everyCaseReportMatchesTheReportSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(FactsSchema.text(FactsSchema.REPORT_RESOURCE));
        List<Path> cases = GoldenCases.caseFiles(PACK.dir());
        assertThat(cases).isNotEmpty();
        for (Path facts : cases) {
            ParsedFacts parsed = FactReader.read(Files.readAllBytes(facts), facts.getFileName().toString(), 1);
            String profile = parsed.model().getProfile() == null ? "national" : parsed.model().getProfile();
            Report r = Evaluator.evaluate(CompiledPacks.of(List.of(PACK)), parsed, parsed.model().getAsOf(), profile, "test");
            assertThat(schema.validate(ReportJson.tree(r))).as("report of %s", facts.getFileName()).isEmpty();
        }
    }
}
