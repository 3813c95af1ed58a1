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
    void anUnknownLanguageIsAUsageErrorForEveryCommandThatTakesOne() {
        for (String[] args : List.of(new String[] {"evaluate", "--lang", "fr", "examples/hazchem-producer.json"},
                new String[] {"summarize", "--lang", "fr", "-"}, new String[] {"diff", "--lang", "fr", "a.json", "b.json"})) {
            Run r = run(args);
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).startsWith("error: --lang: ").contains("fr").doesNotContain("Exception");
        }
        assertThat(run("evaluate", "--format", "text", "--lang", "EN", "examples/hazchem-producer.json").out()).contains("SEVERITY");
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
    void oneRunWritesSeveralFormats(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("r.json");
        Path md = tmp.resolve("r.md");
        Run r = run("evaluate", "examples/metal-smelter.json", "--format", "text", "--lang", "en", "-o", "json=" + json, "-o", "markdown=" + md);
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty(); // every output went to a file
        assertThat(Json.mapper().readTree(json.toFile()).path("subject").path("id").asText()).isEqualTo("91610131MA6TG1C432");
        assertThat(Files.readString(md)).startsWith("## 陕西渭北示例铝业有限公司").contains("### Findings (12)");

        Path text = tmp.resolve("r.txt");
        Run plain = run("evaluate", "examples/metal-smelter.json", "--format", "text", "-o", text.toString(), "-o", "markdown=" + md);
        assertThat(plain.code()).isZero();
        assertThat(Files.readString(text)).startsWith("SafeGrade 评估报告：陕西渭北示例铝业有限公司");

        Run unknown = run("evaluate", "examples/metal-smelter.json", "-o", "pdf=" + tmp.resolve("r.pdf"));
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: -o pdf=").contains("FORMAT one of [json, text, markdown");
        assertThat(run("evaluate", "--batch", "examples/batch-small.ndjson", "--format", "markdown").err())
                .startsWith("error: --batch writes NDJSON");
    }

    @Test
    void sarifAndJunitFromOneRunOfAParkAndAnEnterprise(@TempDir Path tmp) throws Exception {
        Path sarif = tmp.resolve("report.sarif");
        Path junit = tmp.resolve("report.xml");
        Run r = run("evaluate", "examples/metal-smelter.json", "examples/chemical-park.json", "--format", "sarif", "-o", "sarif=" + sarif,
                "-o", "junit=" + junit, "--lang", "en");
        assertThat(r.code()).isZero();
        JsonNode log = Json.mapper().readTree(sarif.toFile());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isPositive(); // the CLI passes the documents
        String xml = Files.readString(junit);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"SafeGrade\"")
                .contains("<testsuite name=\"陕西渭北示例铝业有限公司 (91610131MA6TG1C432)\"");
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
        assertThat(Json.mapper().readTree(run("schema", "pack").out()).path("$id").asText()).endsWith("/pack.schema.json");
        Run packs = run("packs", "list");
        assertThat(packs.code()).isZero();
        assertThat(packs.out()).containsPattern("accident-grading  \\d+\\.\\d+\\.\\d+  4 rules  sha256:[0-9a-f]{64}");
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
        Run r = run("evaluate", "--trust-packs", "--packs", tmp.toString(), "examples/industrial-trade.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pack accident-grading, accident-grading.drl:5").contains("NoSuchType").doesNotContain("\tat ");
    }

    /** What a user mistake may never show: a Java exception, a stack frame, Jackson's source excerpt. */
    static void assertPlain(Run r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at dev.").doesNotContain("\tat ").doesNotContain("[Source:")
                .doesNotContain("java.");
    }

    @Test
    void packsOfWhichNoneAppliesToTheSubjectAreAUsageErrorNotAnEmptyReport() {
        Run r = run("evaluate", "examples/hazchem-producer.json", "--pack", "park-risk");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("""
                error: examples/hazchem-producer.json: /enterprise: expected a subject one of the chosen packs applies to \
                (park-risk applies to parks), found an enterprise in the industry hazardous-chemicals, to which none of them applies
                hint: the packs that apply to it: accident-grading, commitment, four-colour, hazard-register, insurance, major-hazard-chem, severe-dishonesty, standardization
                """);
        assertPlain(r);
        // One chosen pack that applies is enough; a park's member enterprises are not refused for the park's packs.
        assertThat(run("evaluate", "examples/hazchem-producer.json", "--pack", "park-risk", "--pack", "accident-grading").code()).isZero();
        assertThat(run("evaluate", "examples/chemical-park.json", "--pack", "park-risk").code()).isZero();
    }

    @Test
    void inABatchALineNoChosenPackAppliesToGetsAnErrorRecord(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("mixed.ndjson");
        com.fasterxml.jackson.databind.node.ObjectNode park = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper()
                .readTree(Files.readString(Path.of("examples/chemical-park.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) park.path("park")).remove("members");
        Files.writeString(file, Files.readAllLines(Path.of("examples/batch-small.ndjson")).get(0) + "\n" + park + "\n");
        Run r = run("evaluate", "--batch", "--pack", "park-risk", file.toString());
        assertThat(r.code()).isEqualTo(2);
        List<String> out = r.out().lines().toList();
        assertThat(out).hasSize(2);
        JsonNode error = Json.mapper().readTree(out.get(0)).path("errors").get(0);
        assertThat(error.path("pointer").asText()).isEqualTo("/enterprise");
        assertThat(error.path("message").asText()).startsWith(file + ":1: /enterprise: expected a subject one of the chosen packs");
        assertThat(error.path("hint").asText()).startsWith("the packs that apply to it: accident-grading, commitment, four-colour");
        assertThat(Json.mapper().readTree(out.get(1)).path("reportVersion").asInt()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: 1 of 2 lines invalid; first: " + error.path("message").asText() + "\n");
    }

    @Test
    void aBatchThatExitsTwoSaysHowManyLinesWereInvalidAndWhereTheFirstIs(@TempDir Path tmp) throws Exception {
        List<String> good = Files.readAllLines(Path.of("examples/batch-small.ndjson"));
        String badId = good.get(0).replace("\"91610402MA6TP4W803\"", "\"91610402MA6TP4W80X\"");
        Path file = tmp.resolve("batch.ndjson");
        Files.writeString(file, String.join("\n", good.get(0), good.get(1), badId, good.get(2), "{", good.get(0)) + "\n");
        for (String command : List.of("evaluate", "validate")) {
            Run r = run(command, "--batch", file.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.out().lines().count()).isEqualTo(6);
            assertThat(r.err()).as(command).matches("error: 2 of 6 lines invalid; first: \\Q" + file + "\\E:3:\\d+: /enterprise/id: expected .*\n");
            assertPlain(r);
        }
        assertThat(run("evaluate", "--batch", "examples/batch-small.ndjson").err()).isEmpty();
    }

    @Test
    void aBatchErrorRecordGivesFileLineColumnOnce(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("b.ndjson");
        Files.writeString(file, "{\"factsVersion\":1}\n{\n");
        Run r = run("evaluate", "--batch", file.toString());
        List<String> out = r.out().lines().toList();
        JsonNode first = Json.mapper().readTree(out.get(0)).path("errors").get(0);
        assertThat(first.path("message").asText()).startsWith(file + ":1:1: (document): expected");
        JsonNode second = Json.mapper().readTree(out.get(1)).path("errors").get(0);
        assertThat(second.path("line").asInt()).isEqualTo(2);
        assertThat(second.path("column").asInt()).isEqualTo(2);
        assertThat(second.path("message").asText()).isEqualTo(file + ":2:2: (document): expected the rest of the document and '}' "
                + "closing the object opened at line 2, column 1, found the end of the input");
    }

    @Test
    void outputIsWholeOrNotThereAndNeverTheInput(@TempDir Path tmp) throws Exception {
        Path input = Files.copy(Path.of("examples/batch-small.ndjson"), tmp.resolve("in.ndjson"));
        long size = Files.size(input);
        Run same = run("evaluate", "--batch", input.toString(), "-o", input.toString());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).isEqualTo("error: -o " + input + ": it is one of the inputs (" + input + ")\nhint: write the reports to another file\n");
        assertThat(Files.size(input)).as("the input is untouched").isEqualTo(size);

        Path report = Files.writeString(tmp.resolve("r.json"), "the last good report");
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"factsVersion\": 1");
        assertThat(run("evaluate", bad.toString(), "-o", report.toString()).code()).isEqualTo(2);
        assertThat(Files.readString(report)).as("nothing evaluated: the old report stays").isEqualTo("the last good report");
        assertThat(run("evaluate", "examples/industrial-trade.json", "-o", report.toString()).code()).isZero();
        assertThat(Files.readString(report)).startsWith("{\n  \"reportVersion\": 1");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void waiversAreCheckedBeforeAnythingIsEvaluated(@TempDir Path tmp) throws Exception {
        Run ok = run("evaluate", "examples/metal-smelter.json", "--waivers", "examples/waivers/metal-smelter.waivers.json", "--format", "text", "--lang", "en");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("Waived (1)", "Waivers that waived nothing (1)", "[expired] OBL-COM-SX-02");
        Path refused = Files.writeString(tmp.resolve("w.json"), """
                {"waiversVersion": 1, "waivers": [{"rule": "MHC-CHEM-2017-05", "subject": "91610526MA6YH7Q30N", "justification": "j",
                 "approvedBy": "a", "approvalDocument": "d", "validFrom": "2026-01-01", "validUntil": "2026-12-31"}]}
                """);
        Path out = Files.writeString(tmp.resolve("r.json"), "kept");
        Run r = run("evaluate", "examples/hazchem-producer.json", "--waivers", refused.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + refused + ":1:36: /waivers/0/rule: expected a rule that may be waived, found \"MHC-CHEM-2017-05\"");
        assertThat(Files.readString(out)).isEqualTo("kept");
        Run malformed = run("evaluate", "examples/hazchem-producer.json", "--waivers", Files.writeString(tmp.resolve("m.json"), "{\"waivers\": 1}").toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.out()).isEmpty();
        assertPlain(r);
        assertPlain(malformed);
        assertThat(run("schema", "waivers").out()).contains("\"$id\": \"https://safegrade.dev/schema/waivers-v1.schema.json\"");
    }

    @Test
    void aWriteThatFailsIsAnErrorNamingThePath() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "needs Linux's /dev/full");
        Run file = run("evaluate", "examples/industrial-trade.json", "-o", full.toString());
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).isEqualTo("error: -o /dev/full: no space left on device\n");
        assertThat(full).as("a device is written in place, never replaced").satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());
        Run batch = run("evaluate", "--batch", "examples/batch-small.ndjson", "-o", full.toString());
        assertThat(batch.code()).isEqualTo(2);
        assertPlain(file);
        assertPlain(batch);
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsOnePlainLineBeforeAnythingIsEvaluated(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("nodir/x.json");
        Run r = run("evaluate", "examples/hazchem-producer.json", "-o", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: -o " + missing + ": the folder " + missing.getParent() + " does not exist\n"
                + "hint: create it first: mkdir -p " + missing.getParent() + "\n");
        Run folder = run("evaluate", "examples/hazchem-producer.json", "-o", tmp.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("error: -o " + tmp + ": a folder, not a file\n");
        Path notAFolder = Files.writeString(tmp.resolve("file.txt"), "x").resolve("x.json");
        assertThat(run("evaluate", "examples/hazchem-producer.json", "-o", notAFolder.toString()).err())
                .isEqualTo("error: -o " + notAFolder + ": " + notAFolder.getParent() + " is a file, not a folder\n");
        // Checked before the packs load: an unknown pack id would otherwise be the first thing told.
        assertThat(run("evaluate", "--pack", "no-such-pack", "-o", missing.toString(), "examples/hazchem-producer.json").err())
                .startsWith("error: -o ");
        assertPlain(r);
        assertPlain(folder);
    }

    @Test
    void aReadOnlyOutputFolderIsOnePlainLine(@TempDir Path tmp) throws Exception {
        Path readOnly = Files.createDirectory(tmp.resolve("ro"));
        readOnly.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "running as a user who can write anywhere (root)");
            Path out = readOnly.resolve("x.json");
            Run r = run("evaluate", "examples/hazchem-producer.json", "-o", out.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: -o " + out + ": the folder " + readOnly + " is not writable\n");
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void optionValuesAreToldInPlainWords() {
        Run month = run("evaluate", "--as-of", "2026-13-01", "examples/hazchem-producer.json");
        assertThat(month.code()).isEqualTo(2);
        assertThat(month.err()).isEqualTo("error: --as-of: expected a date YYYY-MM-DD, found \"2026-13-01\" (month 13 does not exist)\n"
                + "hint: see 'safegrade evaluate --help'\n");
        assertThat(run("evaluate", "--as-of", "2026-02-30", "examples/hazchem-producer.json").err())
                .startsWith("error: --as-of: expected a date YYYY-MM-DD, found \"2026-02-30\" (2026-02 has 28 days)\n");
        assertThat(run("explain", "ACC-493-LARGE", "--as-of", "30/06/2026").err())
                .startsWith("error: --as-of: expected a date YYYY-MM-DD, found \"30/06/2026\"\n");
        assertThat(run("evaluate", "--threads", "two", "--batch").err()).startsWith("error: --threads: expected a whole number, found \"two\"\n");
        assertThat(run("evaluate", "--format", "xml").err()).startsWith("error: --format: expected one of [json, text, markdown").contains("found \"xml\"");
        for (String[] args : List.of(new String[] {"evaluate", "--as-of", "2026-13-01"}, new String[] {"evaluate", "--threads", "x"},
                new String[] {"evaluate", "--fail-on", "worst"}, new String[] {"validate", "--threads", "1.5"}, new String[] {"schema", "fcts"})) {
            Run r = run(args);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().lines().count()).as(String.join(" ", args)).isEqualTo(2);
            assertPlain(r);
        }
    }

    @Test
    void brokenJsonIsToldInPlainWords(@TempDir Path tmp) throws Exception {
        Path b = tmp.resolve("b.json");
        Files.writeString(b, "{\"factsVersion\":\n");
        Run r = run("evaluate", b.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + b + ":2:1: /factsVersion: expected the rest of the document and '}' closing the object "
                + "opened at line 1, column 1, found the end of the input\n");
        Files.writeString(b, "{\"factsVersion\": 1, 'asOf': \"2026-06-30\"}");
        assertThat(run("evaluate", b.toString()).err()).isEqualTo("error: " + b + ":1:21: /factsVersion: expected a key in double quotes, "
                + "found '''\nhint: JSON strings and keys are written in double quotes\n");
        Files.writeString(b, "{\"factsVersion\": 1, \"asOf\": \"2026-06-30\",}");
        assertThat(run("evaluate", b.toString()).err()).isEqualTo("error: " + b + ":1:42: /asOf: expected a key in double quotes, "
                + "found '}'\nhint: JSON allows no comma before '}'\n");
        Run batch = runWithStdin("{\n", "evaluate", "--batch");
        assertThat(batch.out()).contains("\"found\":\"the end of the input\"").doesNotContain("Source").doesNotContain("marker");
        assertPlain(r);
        assertPlain(batch);
    }

    @Test
    void aFileThatIsNotUtf8SaysSoAndHowToConvertIt(@TempDir Path tmp) throws Exception {
        Path gbk = tmp.resolve("gbk.json");
        Files.write(gbk, Files.readString(Path.of("examples/hazchem-producer.json")).getBytes(java.nio.charset.Charset.forName("GBK")));
        Run r = run("evaluate", gbk.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).matches("error: \\Q" + gbk + "\\E:\\d+:\\d+: /enterprise/name: expected UTF-8 text \\(facts-v1 is UTF-8\\), "
                + "found the byte 0x[0-9A-F]{2} \\(byte offset \\d+ of the document\\), which is not UTF-8\n"
                + "hint: the text reads as GBK; convert the file to UTF-8: iconv -f GBK -t UTF-8 in.json > out.json\n");
        // A batch line is read as bytes, not decoded with replacement characters that would hide the encoding.
        String line = Json.mapper().readTree(Files.readString(Path.of("examples/hazchem-producer.json"))).toString();
        Path ndjson = tmp.resolve("gbk.ndjson");
        Files.write(ndjson, (line + "\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        Run batch = run("validate", "--batch", ndjson.toString());
        assertThat(batch.code()).isEqualTo(2);
        assertThat(Json.mapper().readTree(batch.out()).path("errors").get(0).path("hint").asText()).contains("iconv -f GBK -t UTF-8");
        assertPlain(r);
    }

    @Test
    void anUnknownKeySuggestsTheNearestAllowedKeyAndWhereItBelongs(@TempDir Path tmp) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper()
                .readTree(Files.readString(Path.of("examples/hazchem-producer.json")));
        com.fasterxml.jackson.databind.node.ObjectNode point = (com.fasterxml.jackson.databind.node.ObjectNode) doc.path("enterprise").path("riskPoints").get(0);
        point.set("nmae", point.remove("name"));
        point.putArray("substances");
        Path f = tmp.resolve("keys.json");
        Files.writeString(f, doc.toPrettyString());
        Run r = run("validate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("""
                /enterprise/riskPoints/0/nmae: expected only the keys facts-v1 defines here, found the unknown key "nmae"
                hint: did you mean "name"?
                """).contains("""
                /enterprise/riskPoints/0/substances: expected only the keys facts-v1 defines here, found the unknown key "substances"
                hint: "substances" is a key of /enterprise/units/*, not of /enterprise/riskPoints/*
                """);
        assertPlain(r);
    }

    @Test
    void aFolderGivenAsTheFactFileIsOnePlainLineForEveryCommand() {
        for (String[] args : List.of(new String[] {"evaluate", "examples"}, new String[] {"validate", "examples"},
                new String[] {"explain", "ACC-493-LARGE", "examples"})) {
            Run r = run(args);
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).endsWith("error: examples: expected a readable fact file, found a folder, not a file\n");
            assertPlain(r);
        }
    }

    @Test
    void aMisspeltCommandOrOptionGetsASuggestion() {
        Run command = run("evalute", "x.json");
        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).isEqualTo("error: unknown command 'evalute'\nhint: did you mean 'evaluate' or 'validate'? (see 'safegrade --help')\n");
        Run option = run("evaluate", "--formt", "text", "x.json");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).isEqualTo("error: unknown option '--formt'\nhint: did you mean '--format'? (see 'safegrade evaluate --help')\n");
        assertPlain(command);
        assertPlain(option);
    }
}
