package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safegrade summarize} and {@code evaluate --batch --summary} over the reports of the shipped examples (four
 * enterprises in three counties, one with an unlisted code) and two invalid lines.
 */
class SummarizeCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path facts;
    static Path reports;

    /** The examples as NDJSON (the park's members are files beside it, so its line is invalid here), then a line that is no document. */
    @BeforeAll
    static void batch() throws IOException {
        facts = tmp.resolve("examples.ndjson");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                lines.add(JSON.readTree(f.toFile()).toString());
            }
        }
        lines.add("{\"enterprise\": 5}");
        Files.write(facts, lines);
        reports = tmp.resolve("reports.ndjson");
        assertThat(run("evaluate", "--batch", facts.toString(), "-o", reports.toString()).code()).isEqualTo(2);
    }

    private static JsonNode summary(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("summarize", "--format", "json"));
        args.addAll(List.of(more));
        args.add(reports.toString());
        CliTest.Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as("invalid lines make the exit code 2").isEqualTo(2);
        return JSON.readTree(r.out());
    }

    private static List<JsonNode> rows(JsonNode s, String table) {
        List<JsonNode> rows = new ArrayList<>();
        s.at("/tables/" + table + "/rows").forEach(rows::add);
        assertThat(s.at("/tables/" + table + "/size").asLong()).isEqualTo(rows.size());
        return rows;
    }

    private static JsonNode row(JsonNode s, String table, String key, String value) {
        return rows(s, table).stream().filter(r -> r.path(key).asText().equals(value)).findFirst().orElseThrow(
                () -> new AssertionError("no row with " + key + " = " + value + " in " + table));
    }

    @Test
    void countsByColourRegionIndustryAndRule() throws IOException {
        JsonNode s = summary();
        assertThat(s.path("summaryVersion").asInt()).isEqualTo(1);
        assertThat(s.at("/totals/reports").asLong()).isEqualTo(4);
        assertThat(s.at("/totals/invalidLines").asLong()).isEqualTo(2);
        assertThat(row(s, "colours", "colour", "RED").path("enterprises").asLong()).isEqualTo(4);
        assertThat(row(s, "colours", "colour", "RED").path("share").asDouble()).isEqualTo(1.0);
        // every level of the GB/T 2260 code, with its name; a code the table does not list is counted, not dropped
        JsonNode province = row(s, "regions", "code", "61");
        assertThat(province.path("name").asText()).isEqualTo("陕西省");
        assertThat(province.path("enterprises").asLong()).isEqualTo(4);
        assertThat(row(s, "regions", "code", "6105").path("name").asText()).isEqualTo("渭南市");
        assertThat(row(s, "regions", "code", "610526").path("enterprises").asLong()).isEqualTo(2);
        assertThat(row(s, "regions", "code", "610131").path("name").asText()).isEqualTo("（未知代码）");
        assertThat(row(s, "regions", "code", "610131").path("level").asText()).isEqualTo("county");
        assertThat(row(s, "industries", "industry", "hazardous-chemicals").path("majorAccidentHazards").asLong()).isEqualTo(5);
        JsonNode rule = row(s, "rules", "ruleId", "HAZ-REG-UNRECORDED");
        assertThat(rule.path("findings").asLong()).isEqualTo(11);
        assertThat(rule.path("subjects").asLong()).isEqualTo(3);
        assertThat(row(s, "severities", "severity", "critical").path("findings").asLong()).isEqualTo(13);
        assertThat(rows(s, "invalidLines")).extracting(r -> r.path("line").asInt()).containsExactly(1, 6);
    }

    @Test
    void listsMajorRisksAndOpenMajorAccidentHazardsSortedBySeverityThenRegion() throws IOException {
        JsonNode s = summary();
        List<JsonNode> hazards = rows(s, "majorHazards");
        assertThat(hazards).hasSize(14);
        assertThat(hazards).extracting(r -> r.path("region").asText()).isSorted();
        // a finding whose item the register records open carries the entry's deadline and whether it is overdue
        JsonNode joined = hazards.stream().filter(r -> r.path("ruleId").asText().equals("MHC-CHEM-2017-05")).findFirst().orElseThrow();
        assertThat(joined.path("registerEntry").asText()).isEqualTo("H2026-002");
        assertThat(joined.path("deadline").asText()).isEqualTo("2026-05-31");
        assertThat(joined.path("overdue").asBoolean()).isTrue();
        assertThat(joined.path("citation").asText()).isEqualTo("《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》 安监总管三〔2017〕121号 第五项");
        assertThat(joined.path("source").asText()).isEqualTo("finding+register");
        // an open major entry of the register that no finding matched is listed too
        assertThat(hazards).filteredOn(r -> r.path("source").asText().equals("register")).extracting(r -> r.path("registerEntry").asText())
                .containsExactly("H2025-07");
        List<JsonNode> risks = rows(s, "majorRisks");
        assertThat(risks).hasSize(8).allMatch(r -> r.path("colour").asText().equals("RED"));
        assertThat(risks.get(0).path("regionName").asText()).isEqualTo("高陵区");
    }

    @Test
    void coverageRatesSayNumeratorDenominatorAndWhoIsMissing() throws IOException {
        JsonNode s = summary();
        JsonNode insurance = row(s, "coverage", "measure", "insurance");
        assertThat(insurance.path("met").asLong()).isEqualTo(2);
        assertThat(insurance.path("required").asLong()).isEqualTo(3);
        assertThat(insurance.path("undetermined").asLong()).isEqualTo(1);
        assertThat(insurance.path("rate").asDouble()).isEqualTo(0.6667);
        JsonNode standardization = row(s, "coverage", "measure", "standardization");
        assertThat(standardization.path("met").asLong()).isEqualTo(1);
        assertThat(standardization.path("notMet").asLong()).isEqualTo(2);
        assertThat(rows(s, "coverageGaps")).extracting(r -> r.path("measure").asText() + " " + r.path("status").asText() + " " + r.path("subjectId").asText())
                .containsExactly("insurance unknown 91610526MA6YH7Q30N", "standardization not-met 91610117MA6U2K8NXE",
                        "standardization not-met 91610526MA6YH7Q30N");
    }

    @Test
    void doubleRiseComparesTheYearToDateWithTheSameSpanAYearBefore() throws IOException {
        JsonNode s = summary("--as-of", "2025-12-31");
        assertThat(s.at("/doubleRise/from").asText()).isEqualTo("2025-01-01");
        assertThat(s.at("/doubleRise/previousTo").asText()).isEqualTo("2024-12-31");
        assertThat(s.at("/doubleRise/confidence").asText()).isEqualTo("secondary");
        // A2025-01 (2025-09-18, 0 deaths) in 610526; none there in 2024: the count rose, the deaths did not
        JsonNode county = row(s, "accidentsByRegion", "code", "610526");
        assertThat(county.path("accidents").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(county.path("bothRose").asText()).isEqualTo("no");
    }

    @Test
    void oneRunOfEvaluateGivesTheSameSummaryAsSummarizeOverItsOutput() throws IOException {
        Path one = tmp.resolve("one-pass.json");
        Path reportsAgain = tmp.resolve("reports-again.ndjson");
        CliTest.Run r = run("evaluate", "--batch", facts.toString(), "-o", reportsAgain.toString(), "--summary", one.toString(), "--progress");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).as("--progress off a terminal: a status line at the end").containsPattern("evaluate: 6 records \\(\\d+/s\\), 2 invalid, 100%, ETA 0:00, done");
        assertThat(Files.readString(reportsAgain)).isEqualTo(Files.readString(reports));
        assertThat(JSON.readTree(one.toFile())).isEqualTo(summary());
    }

    @Test
    void csvIsOneFilePerTableWithAByteOrderMark() throws IOException {
        Path folder = tmp.resolve("csv");
        assertThat(run("summarize", "--format", "csv", "-o", folder.toString(), reports.toString()).code()).isEqualTo(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet())).contains("colours.csv", "regions.csv",
                    "majorHazards.csv", "coverage.csv", "coverageGaps.csv", "doubleRise.csv", "invalidLines.csv");
        }
        byte[] bytes = Files.readAllBytes(folder.resolve("majorHazards.csv"));
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> table = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class).readValues(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            it.forEachRemaining(table::add);
        }
        assertThat(table.get(0)).startsWith("严重度", "区划代码", "区划");
        assertThat(table).hasSize(15);
        assertThat(table.get(1).get(0)).isEqualTo("critical");
    }

    @Test
    void xlsxHasASheetPerTableAndReadsBack() throws IOException {
        Path book = tmp.resolve("summary.xlsx");
        assertThat(run("summarize", "--format", "xlsx", "-o", book.toString(), reports.toString()).code()).isEqualTo(2);
        try (InputStream in = Files.newInputStream(book); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            assertThat(names).startsWith("colours", "parkClasses", "severities", "rules", "industries", "regions", "majorRisks", "majorHazards",
                    "coverage", "coverageGaps");
            List<Row> colours = wb.findSheet("colours").orElseThrow().read();
            assertThat(colours.get(0).getCellText(0)).isEqualTo("颜色");
            assertThat(colours.get(1).getCellText(0)).isEqualTo("RED");
            assertThat(colours.get(1).getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(4);
            List<Row> hazards = wb.findSheet("majorHazards").orElseThrow().read();
            assertThat(hazards).hasSize(15);
            assertThat(hazards.get(1).getCellText(0)).isEqualTo("critical");
            List<Row> regions = wb.findSheet("regions").orElseThrow().read();
            assertThat(regions.stream().map(r -> r.getCellText(2)).toList()).contains("陕西省", "西安市", "高陵区", "渭南市", "蒲城县");
        }
    }

    @Test
    void textEscapesControlCharactersAndShortensLongLists(@TempDir Path dir) throws IOException {
        Path forged = dir.resolve("forged.ndjson");
        String report = Files.readAllLines(reports).get(1);
        JsonNode tree = JSON.readTree(report);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("subject")).put("name", "A\u001b[2J\rcritical");
        Files.writeString(forged, tree.toString() + "\n");
        CliTest.Run r = run("summarize", forged.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\r").contains("A\\u001b[2J\\u000dcritical");
    }

    @Test
    void whatIsNotAReportIsToldWithItsPlace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.ndjson");
        Files.writeString(bad, "{\"reportVersion\": 1, \"subject\": {\"kind\": \"enterprise\", \"id\": \"x\", \"name\": \"x\"}}\n{\"factsVersion\": 1}\n[1, 2\n");
        CliTest.Run r = run("summarize", "--format", "json", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":2:1: expected a report (report-v1: reportVersion, subject) or a batch error record, found an object with keys [factsVersion]")
                .contains(bad + ":4:1: expected report JSON (evaluate --batch output), found invalid JSON").doesNotContain("Exception");
        assertThat(JSON.readTree(r.out()).at("/totals/reports").asLong()).isEqualTo(1);
    }

    @Test
    void csvWithoutAFolderAndAnUnknownFormatAreUsageErrors() {
        assertThat(run("summarize", "--format", "csv", reports.toString()).err()).contains("--format csv writes one file per table: name a folder with -o FOLDER");
        assertThat(run("summarize", "--format", "pdf", reports.toString()).code()).isEqualTo(2);
        assertThat(run("evaluate", "--summary", "x.json", "examples/hazchem-producer.json").err()).contains("--summary summarises a batch: use it with --batch");
    }
}
