package dev.safegrade.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.safegrade.FactDocument;
import dev.safegrade.Finding;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.SourcePosition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** SARIF 2.1.0: valid against the official schema for every example, and the report's content where SARIF puts it. */
class SarifFormatTest {
    static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SARIF = sarifSchema();

    /** Reports of some examples with the documents they came from: a park with its members, an enterprise by itself. */
    record Run(List<Report> reports, RenderContext context) {
    }

    static Run evaluate(Language lang, Path... files) {
        List<Report> reports = new ArrayList<>();
        Map<String, FactDocument> inputs = new LinkedHashMap<>();
        for (Path f : files) {
            FactDocument doc = FactDocument.parse(f);
            inputs.put(doc.source(), doc);
            reports.add("park".equals(doc.subjectKind()) ? SAFE_GRADE.evaluatePark(doc, doc.members(f.getParent())) : SAFE_GRADE.evaluate(doc));
        }
        return new Run(reports, new RenderContext(lang, inputs));
    }

    static List<Path> examples() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("examples"), "*.json")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        assertThat(files).contains(Path.of("examples/chemical-park.json"), Path.of("examples/hazchem-producer.json"));
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsValidSarifThatCarriesTheReport() {
        return examples().stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(evaluate(Language.ZH, f))));
    }

    @Test
    void allExamplesInOneRunAreOneValidLogWithEachSubjectInTheResults() throws IOException {
        Run run = evaluate(Language.EN, examples().toArray(Path[]::new));
        JsonNode log = check(run);
        Set<String> subjects = new HashSet<>();
        log.at("/runs/0/results").forEach(r -> subjects.add(r.at("/properties/subject/id").asText()));
        assertThat(subjects).containsExactlyInAnyOrderElementsOf(run.reports().stream().filter(r -> !r.findings().isEmpty())
                .map(r -> r.subject().id()).distinct().toList()).hasSizeGreaterThan(1);
        Set<String> artifacts = new HashSet<>();
        log.at("/runs/0/results").forEach(r -> artifacts.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertThat(artifacts).containsExactlyInAnyOrderElementsOf(run.reports().stream().filter(r -> !r.findings().isEmpty())
                .map(r -> r.input().source()).distinct().toList());
    }

    @Test
    void aFindingCarriesItsLevelMessageRegionAndCitationsAndARuleItsDescriptor() throws IOException {
        Run run = evaluate(Language.EN, Path.of("examples/metal-smelter.json"));
        JsonNode log = check(run);
        JsonNode result = null;
        for (JsonNode r : log.at("/runs/0/results")) {
            if (r.path("ruleId").asText().equals("HAZ-REG-OVERDUE")) {
                result = r;
            }
        }
        assertThat(result).as("HAZ-REG-OVERDUE result").isNotNull();
        assertThat(result.path("level").asText()).isEqualTo("error"); // high
        assertThat(result.at("/message/text").asText()).startsWith("Register entry H2025-07");
        assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/enterprise/hazards/0");
        SourcePosition at = run.context().inputs().get("examples/metal-smelter.json").position("/enterprise/hazards/0").orElseThrow();
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(at.line()).isGreaterThan(1);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(at.column());
        assertThat(result.at("/properties/citations/1/confidence").asText()).isEqualTo("secondary");
        assertThat(result.at("/properties/evidence/hazard").asText()).isEqualTo("H2025-07");
        JsonNode rule = log.at("/runs/0/tool/driver/rules/" + result.path("ruleIndex").asInt());
        assertThat(rule.path("id").asText()).isEqualTo("HAZ-REG-OVERDUE");
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("Major accident hazard open past its deadline");
        assertThat(rule.at("/help/text").asText()).contains("《中华人民共和国安全生产法》 2021年修正 第四十一条 [secondary]");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rule.at("/properties/pack").asText()).isEqualTo("hazard-register");
        assertThat(rule.at("/properties/confidence").asText()).isEqualTo("secondary");
    }

    @Test
    void withoutTheDocumentThereIsNoRegionButTheArtifactAndPointerStay() throws IOException {
        Run run = evaluate(Language.ZH, Path.of("examples/hazchem-producer.json"));
        JsonNode log = check(new Run(run.reports(), RenderContext.of(Language.ZH)));
        log.at("/runs/0/results").forEach(r -> {
            assertThat(r.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("examples/hazchem-producer.json");
        });
    }

    @Test
    void theSchemaCheckCanFail() throws IOException {
        JsonNode log = JSON.readTree(render(evaluate(Language.ZH, Path.of("examples/metal-smelter.json"))));
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) log).remove("version");
        assertThat(SARIF.validate(log)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aWaivedFindingIsAResultSuppressedOnTheRecord() throws IOException {
        SafeGrade waiving = SafeGrade.builder().waivers(dev.safegrade.Waivers.parse(Path.of("examples/waivers/metal-smelter.waivers.json"))).build();
        Report r = waiving.evaluate(Path.of("examples/metal-smelter.json"));
        JsonNode log = JSON.readTree(render(new Run(List.of(r), RenderContext.of(Language.EN))));
        assertThat(SARIF.validate(log)).as("SARIF schema errors").isEmpty();
        JsonNode results = log.at("/runs/0/results");
        assertThat(results).hasSize(r.findings().size() + r.waived().size());
        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(x -> {
            if (x.has("suppressions")) {
                suppressed.add(x);
            }
        });
        assertThat(suppressed).singleElement().satisfies(x -> {
            assertThat(x.path("ruleId").asText()).isEqualTo("OBL-SLI-03");
            JsonNode s = x.at("/suppressions/0");
            assertThat(s.path("kind").asText()).isEqualTo("external");
            assertThat(s.path("status").asText()).isEqualTo("accepted");
            assertThat(s.path("justification").asText()).startsWith("季节性用工人数变化");
            assertThat(s.at("/properties/approvalDocument").asText()).isEqualTo("市应急局〔2026〕12号");
        });
    }

    @Test
    void sourceNamesBecomeUriReferences() {
        assertThat(SarifFormat.uri("examples/a b.json")).isEqualTo("examples/a%20b.json");
        assertThat(SarifFormat.uri("数据\\园区.json")).isEqualTo("%E6%95%B0%E6%8D%AE/%E5%9B%AD%E5%8C%BA.json");
        assertThat(SarifFormat.uri("-")).isEqualTo("-");
    }

    /** Validates the log and checks it against the reports; returns it. */
    static JsonNode check(Run run) throws IOException {
        String text = render(run);
        JsonNode log = JSON.readTree(text);
        assertThat(SARIF.validate(log)).as("SARIF schema errors").isEmpty();
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        assertThat(log.at("/runs/0/tool/driver/name").asText()).isEqualTo("SafeGrade");

        List<Finding> findings = run.reports().stream().flatMap(r -> r.findings().stream()).toList();
        List<NotEvaluated> notEvaluated = run.reports().stream().flatMap(r -> r.notEvaluated().stream()).toList();
        JsonNode results = log.at("/runs/0/results");
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertThat(results).hasSize(findings.size());
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> assertThat(ruleIds.add(r.path("id").asText())).as("rule ids are unique").isTrue());
        int positioned = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode r = results.get(i);
            assertThat(r.path("ruleId").asText()).isEqualTo(f.ruleId());
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(f.ruleId());
            assertThat(r.path("level").asText()).isEqualTo(switch (f.severity()) {
                case CRITICAL, HIGH -> "error";
                case MEDIUM -> "warning";
                case LOW, INFO -> "note";
            });
            assertThat(r.at("/properties/severity").asText()).isEqualTo(f.severity().id());
            assertThat(r.at("/message/text").asText()).isEqualTo(f.message().in(run.context().language()));
            assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo(f.path());
            assertThat(r.at("/properties/citations")).hasSize(f.citations().size());
            if (r.at("/locations/0/physicalLocation/region/startLine").isInt()) {
                positioned++;
            }
        }
        if (!run.context().inputs().isEmpty() && !findings.isEmpty()) {
            assertThat(positioned).as("results with a line and column").isEqualTo(findings.size());
        }
        JsonNode notes = log.at("/runs/0/invocations/0/toolExecutionNotifications");
        assertThat(notes.isMissingNode() ? 0 : notes.size()).isEqualTo(notEvaluated.size());
        for (int i = 0; i < notEvaluated.size(); i++) {
            NotEvaluated n = notEvaluated.get(i);
            JsonNode note = notes.get(i);
            assertThat(note.path("level").asText()).isEqualTo("note");
            assertThat(note.at("/associatedRule/id").asText()).isEqualTo(n.ruleId());
            assertThat(rules.get(note.at("/associatedRule/index").asInt()).path("id").asText()).isEqualTo(n.ruleId());
            assertThat(note.at("/message/text").asText()).contains(n.ruleId()).contains(n.missing());
        }
        return log;
    }

    static String render(Run run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormats.byId("sarif").orElseThrow().write(run.reports(), run.context(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Schema sarifSchema() {
        try (InputStream in = SarifFormatTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
