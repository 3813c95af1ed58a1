package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process: what users see on stdout and stderr, and the exit codes of report-v1. */
class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new Streams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return runWithStdin("", args);
    }

    @Test
    void evaluatePrintsReportV1JsonThatMatchesTheShippedSchema() throws Exception {
        Run r = run("evaluate", "examples/hazchem-producer.json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = Json.mapper().readTree(r.out());
        assertThat(report.path("reportVersion").asInt()).isEqualTo(1);
        assertThat(report.path("input").path("source").asText()).isEqualTo("examples/hazchem-producer.json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(FactsSchema.text(FactsSchema.REPORT_RESOURCE));
        assertThat(schema.validate(report)).isEmpty();
        assertThat(run("evaluate", "examples/hazchem-producer.json").out()).isEqualTo(r.out());
    }

    @Test
    void textFormatShowsRuleSeverityColourAndPathPerFindingAndEachCitationOnceInFull() {
        Run zh = run("evaluate", "--format", "text", "examples/hazchem-producer.json");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("严重度", "颜色", "规则", "位置", "\n依据\n", "《生产安全事故报告和调查处理条例》 国务院令第493号 第三条\n");
        Run en = run("evaluate", "--format", "text", "--lang", "en", "examples/hazchem-producer.json");
        assertThat(en.out()).contains("SEVERITY", "COLOUR", "RULE", "PATH", "is a large accident", "\nCitations\n");
        en.out().lines().filter(l -> l.contains("ACC-493-LARGE")).forEach(l -> assertThat(l).startsWith("  info ").contains("/enterprise/accidents/"));
        assertThat(en.out().lines().filter(l -> l.contains("国务院令第493号"))).hasSize(1); // the footer entry, once
    }

    @Test
    void invalidInputExitsTwoWithPlaceAndNoStackTrace() {
        for (String[] c : List.of(
                new String[] {"examples/invalid/malformed.json", "malformed.json:7:5:"},
                new String[] {"examples/invalid/schema-violation.json", "/enterprise/riskPoints/0/assessment/L"},
                new String[] {"examples/invalid/bad-uscc.json", "/enterprise/id"})) {
            Run r = run("evaluate", c[0]);
            assertThat(r.code()).as(c[0]).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(c[1]).contains("expected").contains("found").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(run("evaluate", "no/such/file.json").code()).isEqualTo(2);
        Run badOption = run("evaluate", "--as-of", "2026-02-30", "examples/industrial-trade.json");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("--as-of").doesNotContain("\tat ");
        assertThat(run("evaluate", "--profile", "atlantis", "examples/industrial-trade.json").code()).isEqualTo(2);
    }

    @Test
    void failOnTurnsFindingsIntoExitFour() {
        assertThat(run("evaluate", "--fail-on", "info", "examples/hazchem-producer.json").code()).isEqualTo(4);
        assertThat(run("evaluate", "--fail-on", "critical", "--pack", "accident-grading", "examples/hazchem-producer.json").code()).isZero();
        assertThat(run("evaluate", "--fail-on", "none", "examples/hazchem-producer.json").code()).isZero();
    }

    @Test
    void asOfOverrideAndStdinAndOutputFile(@TempDir Path tmp) throws Exception {
        String doc = Files.readString(Path.of("examples/industrial-trade.json"));
        Path out = tmp.resolve("r.json");
        Run r = runWithStdin(doc, "evaluate", "--as-of", "2027-01-01", "-o", out.toString(), "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode report = Json.mapper().readTree(out.toFile());
        assertThat(report.path("asOf").asText()).isEqualTo("2027-01-01");
        assertThat(report.path("input").path("source").asText()).isEqualTo("-");
    }

    @Test
    void batchWritesOneLinePerInputLineInOrder(@TempDir Path tmp) throws Exception {
        List<String> good = Files.readAllLines(Path.of("examples/batch-small.ndjson"));
        StringBuilder in = new StringBuilder();
        int lines = 1000;
        for (int i = 1; i <= lines; i++) {
            if (i % 100 == 37) {
                in.append(i % 200 == 37 ? "{\"factsVersion\": 1, oops}" : good.get(0).replace("\"factsVersion\":1", "\"factsVersion\":7"));
            } else {
                in.append(good.get(i % good.size()));
            }
            in.append('\n');
        }
        Path file = tmp.resolve("batch.ndjson");
        Files.writeString(file, in);
        Run r = run("evaluate", "--batch", file.toString());
        assertThat(r.code()).isEqualTo(2);
        List<String> out = r.out().lines().toList();
        assertThat(out).hasSize(lines);
        for (int i = 1; i <= lines; i++) {
            JsonNode line = Json.mapper().readTree(out.get(i - 1));
            if (i % 100 == 37) {
                assertThat(line.path("errors").size()).as("line %d", i).isPositive();
                assertThat(line.path("input").path("line").asInt()).isEqualTo(i);
                assertThat(line.path("errors").get(0).path("line").asInt()).isEqualTo(i);
            } else {
                assertThat(line.path("reportVersion").asInt()).as("line %d", i).isEqualTo(1);
                assertThat(line.path("input").path("source").asText()).isEqualTo(file + ":" + i);
            }
        }
        assertThat(out.stream().filter(l -> l.contains("\"errors\"")).count()).isEqualTo(10);
        assertThat(run("evaluate", "--batch", "--threads", "1", file.toString()).out()).isEqualTo(r.out());
        assertThat(run("evaluate", "--batch", "--threads", "3", file.toString()).out()).isEqualTo(r.out());
    }

    @Test
    void validateChecksWithoutEvaluating() {
        assertThat(run("validate", "examples/hazchem-producer.json", "examples/chemical-park.json").code()).isZero();
        Run bad = run("validate", "examples/invalid/bad-uscc.json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("bad-uscc.json:");
        Run batch = runWithStdin("{\"factsVersion\":1}\n" + Path.of("x").toString() + "\n", "validate", "--batch");
        assertThat(batch.out().lines().toList()).hasSize(2);
        assertThat(batch.code()).isEqualTo(2);
    }

    @Test
    void schemaPacksVersionAndHelp() throws Exception {
        Run facts = run("schema", "facts");
        assertThat(Json.mapper().readTree(facts.out()).path("$schema").asText()).contains("2020-12");
        assertThat(Json.mapper().readTree(run("schema", "report").out()).path("properties").has("findings")).isTrue();
        Run packs = run("packs", "list");
        assertThat(packs.code()).isZero();
        assertThat(packs.out()).contains("accident-grading  1.0.0  4 rules  sha256:");
        assertThat(run("--version").out()).startsWith("safegrade ");
        assertThat(run("evaluate", "--help").out()).contains("--fail-on", "--batch", "--as-of");
    }

    @Test
    void brokenPackFolderIsReportedWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path pack = tmp.resolve("accident-grading");
        Files.createDirectories(pack.resolve("tables"));
        for (String f : List.of("pack.json", "tables/accident-grades.json")) {
            Files.copy(Path.of("rules/accident-grading").resolve(f), pack.resolve(f));
        }
        Files.writeString(pack.resolve("accident-grading.drl"),
                "package safegrade.accident_grading;\n\nrule \"broken\"\nwhen\n    NoSuchType( )\nthen\nend\n");
        Run r = run("evaluate", "--packs", tmp.toString(), "examples/industrial-trade.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pack accident-grading, accident-grading.drl:5").contains("NoSuchType").doesNotContain("\tat ");
    }
}
