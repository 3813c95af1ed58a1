package dev.safegrade.internal.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.Confidence;
import dev.safegrade.PackException;
import dev.safegrade.RiskColor;
import dev.safegrade.Severity;
import dev.safegrade.Text;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.lint.TestPack;
import dev.safegrade.internal.versions.SemVer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pack.json's schema: every shipped manifest is valid, a broken one is told at its place, and the schema agrees with the Java that reads it. */
class PackSchemaTest {
    private static final JsonNode SCHEMA = parse(FactsSchema.text(FactsSchema.PACK_RESOURCE));

    @TempDir
    Path root;

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode testManifest() {
        return (ObjectNode) parse(TestPack.MANIFEST);
    }

    private static List<String> messages(JsonNode manifest) {
        return PackSchema.validate(manifest).stream().map(PackSchema.Problem::message).toList();
    }

    @Test
    void everyShippedManifestIsValid() throws IOException {
        List<Path> folders = PackLoader.packFolders(Path.of("rules"));
        assertThat(folders).hasSize(14);
        for (Path folder : folders) {
            JsonNode manifest = Json.mapper().readTree(Files.readAllBytes(folder.resolve(PackLoader.MANIFEST)));
            assertThat(PackSchema.validate(manifest)).as("%s", folder).isEmpty();
        }
        assertThat(PackSchema.validate(testManifest())).isEmpty();
    }

    @Test
    void aWrongValueIsToldByPointerWithWhatWasExpectedAndFound() {
        ObjectNode m = testManifest();
        ((ObjectNode) m.path("rules").get(0)).put("severity", "grave");
        m.put("version", "1.0");
        assertThat(messages(m)).containsExactly(
                "/rules/0/severity: expected one of [\"critical\",\"high\",\"medium\",\"low\",\"info\",\"by-color\"], found \"grave\" "
                        + "(A report-v1 severity, or by-color: the severity follows the colour of each finding (risk levels).)",
                "/version: expected text matching " + PackSchema.pattern("SemVer").pattern() + ", found \"1.0\" "
                        + "(A semantic version x.y.z with an optional pre-release (-rc.1); no leading zeros.)");
    }

    @Test
    void aMissingKeyAndAnUnknownKeyAreTold() {
        ObjectNode m = testManifest();
        ((ObjectNode) m.path("rules").get(0)).remove("reads");
        ((ObjectNode) m.path("rules").get(0)).put("efectiveFrom", "2020-01-01");
        m.remove("coverage");
        assertThat(messages(m)).containsExactly(
                "/coverage: expected the required key \"coverage\", found no such key (The share of the pack's rules (0..1) that must fire in its golden cases.)",
                "/rules/0/efectiveFrom: expected one of the keys citations, color, effectiveFrom, effectiveTo, id, kind, labels, message, reads, "
                        + "reports, severity, severityAfter, title, found the unknown key \"efectiveFrom\"",
                "/rules/0/reads: expected the required key \"reads\", found no such key (The JSON Pointers of the facts the rule reads (* for list indexes).)");
    }

    @Test
    void aSourceWithoutDocNumberSaysWhyInItsNote() {
        ObjectNode m = testManifest();
        ObjectNode source = (ObjectNode) m.path("sources").get(0);
        source.put("docNumber", "");
        assertThat(messages(m)).containsExactly("/sources/0/note: expected the required key \"note\", found no such key "
                + "(a source with an empty docNumber says in its note why the 文号 is not given (mentioning 文号 or docNumber))");
        source.put("note", "Issued by the State Council.");
        assertThat(messages(m)).containsExactly("/sources/0/note: expected text matching 文号|docNumber, found \"Issued by the State Council.\" "
                + "(a source with an empty docNumber says in its note why the 文号 is not given (mentioning 文号 or docNumber))");
        source.put("note", "Its 文号 is not in the reference.");
        assertThat(messages(m)).isEmpty();
    }

    @Test
    void aDeadlineNeedsAFixedSeverityAndIndustriesAreThoseOfFactsV1() {
        ObjectNode m = testManifest();
        ObjectNode rule = (ObjectNode) m.path("rules").get(0);
        rule.put("severity", "by-color");
        rule.set("severityAfter", parse("{\"date\": \"2022-12-31\", \"severity\": \"high\"}"));
        ((ObjectNode) m.path("appliesTo")).set("industries", parse("[\"coal\"]"));
        List<String> found = messages(m);
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).startsWith("/appliesTo/industries/0: expected one of [\"coal-mine\",").endsWith(", found \"coal\"");
        assertThat(found.get(1)).isEqualTo("/rules/0/severity: expected one of [\"critical\",\"high\",\"medium\",\"low\",\"info\"], found \"by-color\" "
                + "(a rule with severityAfter has a fixed severity, not by-color)");
    }

    @Test
    void theLoaderRefusesAnInvalidManifestAtItsLine() {
        Path dir = TestPack.write(root);
        TestPack.edit(dir, "pack.json", "\"severity\": \"high\",", "\"severity\": \"grave\",");
        TestPack.edit(dir, "pack.json", "\"version\": \"1.0.0\"", "\"version\": \"1.0\"");
        assertThatThrownBy(() -> PackLoader.load(dir, "test")).isInstanceOf(PackException.class)
                .hasMessage("pack test-pack, pack.json:" + TestPack.lineOf(dir, "pack.json", "\"version\"") + ": /version: expected text matching "
                        + PackSchema.pattern("SemVer").pattern() + ", found \"1.0\" (A semantic version x.y.z with an optional pre-release (-rc.1); "
                        + "no leading zeros.) (and 1 more problem: safegrade packs lint tells them all)");
    }

    @Test
    void patternsAreDefinedOnceInTheSchema() {
        assertThat(SemVer.parse("1.2.3-rc.1")).isEqualTo(new SemVer(1, 2, 3, "rc.1"));
        assertThat(SemVer.parse("01.2.3")).isNull();
        assertThat(SemVer.parse("1.2")).isNull();
        assertThat(PackSchema.pattern("PackId").matcher("major-hazard-chem").matches()).isTrue();
        assertThat(PackSchema.pattern("PackId").matcher("Major").matches()).isFalse();
    }

    @Test
    void theSchemasEnumsAreTheModelsValues() {
        JsonNode defs = SCHEMA.path("$defs");
        assertThat(strings(defs.path("FixedSeverity").path("enum"))).containsExactlyElementsOf(Arrays.stream(Severity.values()).map(Severity::id).toList());
        assertThat(strings(defs.path("Severity").path("enum"))).containsExactlyElementsOf(
                concat(Arrays.stream(Severity.values()).map(Severity::id).toList(), "by-color"));
        assertThat(strings(defs.path("Confidence").path("enum"))).containsExactlyElementsOf(Arrays.stream(Confidence.values()).map(Confidence::id).toList());
        assertThat(strings(defs.path("Rule").path("properties").path("color").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(RiskColor.values()).map(RiskColor::name).toList());
        assertThat(strings(defs.path("Rule").path("properties").path("reports").path("enum"))).containsExactly(PackManifest.Rule.NOT_EVALUATED_ONLY);
        assertThat(PackSchema.pattern("RuleKind").matcher(RuleMeta.MAJOR_ACCIDENT_HAZARD).matches()).isTrue();
    }

    /** Every key the schema allows is read by the loader's records, and every record component is a key of the schema. */
    @Test
    void theSchemaAndTheManifestRecordsHaveTheSameKeys() {
        Map<String, Class<? extends Record>> objects = Map.of(
                "", PackManifest.class, "/$defs/AppliesTo", PackManifest.AppliesTo.class, "/$defs/DrlAppliesTo", PackManifest.DrlAppliesTo.class,
                "/$defs/Source", PackManifest.Source.class, "/$defs/Rule", PackManifest.Rule.class, "/$defs/Citation", PackManifest.Citation.class,
                "/$defs/SeverityAfter", PackManifest.SeverityAfter.class, "/$defs/Coverage", PackManifest.Coverage.class, "/$defs/Text", Text.class,
                "/$defs/Grade", PackManifest.Grade.class);
        objects.forEach((at, type) -> {
            TreeSet<String> components = new TreeSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(c.getName());
            }
            TreeSet<String> keys = new TreeSet<>();
            SCHEMA.at(at).path("properties").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as("keys of %s vs %s", at.isEmpty() ? "the manifest" : at, type.getSimpleName()).isEqualTo(components);
            assertThat(SCHEMA.at(at).path("additionalProperties").asBoolean(true)).as("%s is closed", at).isFalse();
        });
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return out;
    }
}
