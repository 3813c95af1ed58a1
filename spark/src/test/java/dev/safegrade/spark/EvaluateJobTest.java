package dev.safegrade.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safegrade.cli.InProcessCli;
import dev.safegrade.internal.summary.ReportLine;
import dev.safegrade.internal.summary.Regions;
import dev.safegrade.internal.summary.Summarizer;
import dev.safegrade.internal.summary.Summary;
import dev.safegrade.internal.summary.SummaryTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on 5,000 generated documents (a few of them invalid) gives, line for line and byte for byte,
 * what {@code safegrade evaluate --batch} writes for the same file, and its tables account for every document.
 */
class EvaluateJobTest {
    private static final int LINES = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SparkSession spark;
    static ExampleVariants.Batch batch;
    static Path input;
    static byte[] cliOutput;
    static EvaluateJob.Counts counts;
    static Path output;

    @BeforeAll
    static void runBoth() throws IOException {
        batch = ExampleVariants.generate(Path.of("../examples"), LINES, 16);
        input = dir.resolve("province.ndjson");
        Files.write(input, batch.ndjson());

        long t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = InProcessCli.run(out, err, "evaluate", "--batch", input.toString());
        assertEquals(2, code, "evaluate --batch exits 2 when a line is invalid; stderr: " + err.toString(StandardCharsets.UTF_8));
        cliOutput = out.toByteArray();

        long t1 = System.nanoTime();
        spark = SparkSession.builder().master("local[2]").appName("EvaluateJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // rows read back give dates as LocalDate (java.sql.Date would need --add-opens java.base/sun.util.calendar)
                .config("spark.sql.datetime.java8API.enabled", "true")
                // the summary tables are small: 200 shuffle partitions (the default) on 2 cores cost more than they do
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        long t2 = System.nanoTime();
        output = dir.resolve("out");
        counts = EvaluateJob.run(spark, EvaluateJob.Options.parse("--input", input.toString(), "--output", output.toString()));
        long t3 = System.nanoTime();
        // timings for the log only: nothing is asserted on them
        System.err.printf("EvaluateJobTest: CLI %.1f s, Spark session %.1f s, job %.1f s; %s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, counts);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theReportsAreWhatEvaluateBatchWritesByteForByte() throws IOException {
        List<Path> parts = reportParts();
        assertTrue(parts.size() >= 2, "the input was split, so that order across partitions is tested: " + parts);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Path p : parts) {
            joined.write(Files.readAllBytes(p));
        }
        byte[] spark = joined.toByteArray();
        List<byte[]> cliLines = lines(cliOutput);
        List<byte[]> sparkLines = lines(spark);
        assertEquals(LINES, cliLines.size());
        assertEquals(LINES, sparkLines.size());
        for (int i = 0; i < LINES; i++) {
            assertArrayEquals(cliLines.get(i), sparkLines.get(i), "line " + (i + 1));
        }
        assertArrayEquals(cliOutput, spark);
    }

    @Test
    void theCountsAddUp() {
        int invalid = batch.invalidLines().size();
        assertTrue(invalid >= 6, "the input has invalid lines of every kind");
        assertEquals(new EvaluateJob.Counts(LINES, LINES - invalid, invalid, counts.findings(), LINES), counts);
        assertTrue(counts.addUp());
        long findings = 0;
        for (byte[] line : lines(cliOutput)) {
            JsonNode n = read(line);
            findings += n.has("findings") ? n.get("findings").size() : 0;
        }
        assertEquals(findings, counts.findings(), "one row per finding");
        assertTrue(findings > LINES, "the documents have findings");
    }

    @Test
    void theErrorsTableSaysWhereEachInvalidDocumentIs() {
        List<Row> rows = spark.read().parquet(output.resolve("errors").toString()).select("source", "line", "message").collectAsList();
        TreeSet<Integer> lines = new TreeSet<>();
        for (Row r : rows) {
            assertEquals(input.toString(), r.getString(0));
            lines.add(Math.toIntExact(r.getLong(1)));
            assertTrue(r.getString(2).startsWith(input + ":" + r.getLong(1) + ":"), r.getString(2));
        }
        assertEquals(batch.invalidLines(), lines);
    }

    @Test
    void theGradesAndFindingsTablesFollowTheReports() {
        List<byte[]> cli = lines(cliOutput);
        JsonNode first = read(cli.get(0));
        Row grade = spark.read().parquet(output.resolve("grades").toString())
                .where("source = '" + input + ":1'").first();
        assertEquals(first.at("/subject/id").asText(), grade.getAs("subjectId"));
        assertEquals(first.at("/subject/region").asText(), grade.getAs("region"));
        assertEquals(first.at("/findings").size(), (int) grade.getAs("findings"));
        JsonNode insured = first.at("/grades/insurance/covered");
        assertEquals(insured.isBoolean() ? insured.asBoolean() : null, grade.getAs("insuranceCovered"));
        Row finding = spark.read().parquet(output.resolve("findings").toString())
                .where("source = '" + input + ":1'").orderBy("severity").limit(1).collectAsList().get(0);
        assertEquals(first.at("/subject/industry").asText(), finding.getAs("industry"));
        long red = 0;
        for (byte[] line : cli) {
            red += read(line).at("/grades/riskColor/value").asText("").equals("RED") ? 1 : 0;
        }
        assertEquals(red, spark.read().parquet(output.resolve("grades").toString()).where("riskColor = 'RED'").count());
    }

    /**
     * Every summary table the job computed with Spark has exactly the rows, in the same order, of the table of that id
     * which {@code safegrade summarize} (its {@link Summarizer}) makes of the job's reports.
     */
    @Test
    void theSummaryTablesAreWhatSummarizeMakesOfTheReports() throws IOException {
        Summary summary = assertSummariesMatch(output, List.of("parkClasses", "majorHazards", "accidentsByRegion", "doubleRise")); // no park
        assertEquals(LINES - batch.invalidLines().size(), summary.reports());
        assertEquals(batch.invalidLines().size(), summary.invalid());
    }

    @Test
    void aParkIsSummarizedAsSummarizeDoes() throws IOException {
        Path out = dir.resolve("park-out");
        List<String> args = new ArrayList<>(List.of("--format", "json", "--output", out.toString()));
        for (String f : List.of("chemical-park.json", "hazchem-producer.json", "fireworks-producer.json", "metal-smelter.json", "industrial-trade.json")) {
            args.addAll(List.of("--input", "../examples/" + f));
        }
        // 双上升 (year to 2026-06-30 against 2025-01-01–2025-06-30, when metal-smelter had one accident, 3 deaths):
        // yes where it had 2 accidents and 4 deaths in 2026; undecided where 2 accidents came with 0 and unknown deaths
        args.addAll(List.of("--input", accidentsCopy("rise-yes.json", "610131", 3, 1).toString(),
                "--input", accidentsCopy("rise-undecided.json", "610113", 0, null).toString()));
        EvaluateJob.run(spark, EvaluateJob.Options.parse(args.toArray(String[]::new)));
        Summary summary = assertSummariesMatch(out, List.of("coverageGaps", "majorRisks", "majorHazards"));
        assertEquals(1, summary.parks());
        assertEquals(6, summary.enterprises());
        List<String> rising = summaryTable(out, "doubleRise").select("code", "bothRose").collectAsList().stream()
                .map(r -> r.getString(0) + "=" + r.getString(1)).toList();
        assertTrue(rising.contains("610131=yes") && rising.contains("610113=undecided"), rising.toString());
    }

    /**
     * metal-smelter.json (the same enterprise: its id has a check character) in {@code region}, with two accidents in
     * 2026 (deaths null: unknown, and 120 serious injuries so that the accident is graded all the same).
     */
    private static Path accidentsCopy(String name, String region, Integer deaths1, Integer deaths2) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                Path.of("../examples/metal-smelter.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode e = (com.fasterxml.jackson.databind.node.ObjectNode) doc.get("enterprise");
        e.put("region", region);
        com.fasterxml.jackson.databind.node.ArrayNode accidents = (com.fasterxml.jackson.databind.node.ArrayNode) e.get("accidents");
        com.fasterxml.jackson.databind.node.ObjectNode a1 = (com.fasterxml.jackson.databind.node.ObjectNode) accidents.get(0);
        com.fasterxml.jackson.databind.node.ObjectNode a2 = (com.fasterxml.jackson.databind.node.ObjectNode) accidents.get(1);
        a1.put("id", "A2026-02").put("date", "2026-02-10").put("deaths", deaths1);
        a2.put("id", "A2026-04").put("date", "2026-04-20");
        if (deaths2 == null) {
            a2.remove("deaths");
            a2.put("seriousInjuries", 120); // 特别重大 whatever the deaths: graded, so reported with deaths unknown
        } else {
            a2.put("deaths", deaths2);
        }
        Path file = dir.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(doc));
        return file;
    }

    /**
     * Every summary table the job computed with Spark under {@code out} has exactly the rows, in the same order, of
     * the table of that id which {@code safegrade summarize} (its {@link Summarizer}) makes of the job's reports; only
     * the tables named in {@code mayBeEmpty} may have no rows.
     */
    private static Summary assertSummariesMatch(Path out, List<String> mayBeEmpty) throws IOException {
        try (Summarizer summarizer = new Summarizer(Regions.shipped(), dir)) {
            for (Path part : parts(out.resolve("reports"))) {
                for (byte[] line : lines(Files.readAllBytes(part))) {
                    summarizer.add(ReportLine.of(read(line)));
                }
            }
            Summary summary = summarizer.finish(null, Summarizer.Period.YEAR, Summarizer.Compare.YOY);
            List<Row> totals = summaryTable(out, "totals").collectAsList();
            assertEquals(1, totals.size());
            assertEquals(List.of(summary.reports(), summary.enterprises(), summary.parks(), summary.invalid(), summary.asOfFrom(), summary.asOfTo()),
                    values(totals.get(0)));
            StringBuilder sizes = new StringBuilder();
            for (String id : Summaries.TABLES.subList(1, Summaries.TABLES.size())) {
                SummaryTable expected = summary.table(id);
                Dataset<Row> spark = summaryTable(out, id);
                assertEquals(expected.columns().stream().map(SummaryTable.Column::key).toList(), List.of(spark.columns()), id + ": columns");
                List<List<Object>> want = new ArrayList<>();
                expected.rows().forEach(want::add);
                List<List<Object>> got = spark.collectAsList().stream().map(EvaluateJobTest::values).toList();
                assertTrue(!want.isEmpty() || mayBeEmpty.contains(id), id + " has rows");
                assertEquals(want.size(), got.size(), id + ": rows");
                int[] key = LIST_KEYS.get(id);
                if (key != null) {
                    // a list: summary-v1 orders it by these columns only; rows equal in them may come in any order
                    assertEquals(project(want, key), project(got, key), id + ": order");
                    want = sorted(want);
                    got = sorted(got);
                }
                for (int i = 0; i < want.size(); i++) {
                    assertEquals(want.get(i), got.get(i), id + ": row " + (i + 1));
                }
                sizes.append(' ').append(id).append('=').append(got.size());
            }
            System.err.println("EvaluateJobTest: " + out.getFileName() + ": " + summary.reports() + " reports (" + summary.enterprises()
                    + " enterprises, " + summary.parks() + " parks), " + summary.invalid() + " invalid; summary rows:" + sizes);
            return summary;
        }
    }

    /** The lists, and the columns summary-v1 orders them by. */
    private static final java.util.Map<String, int[]> LIST_KEYS = java.util.Map.of(
            "majorRisks", new int[] {0, 2, 5}, "majorHazards", new int[] {0, 1, 3, 5}, "coverageGaps", new int[] {0, 2, 4});

    private static List<List<Object>> project(List<List<Object>> rows, int[] columns) {
        return rows.stream().map(r -> java.util.Arrays.stream(columns).mapToObj(r::get).toList()).toList();
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    private static Dataset<Row> summaryTable(Path out, String id) {
        return spark.read().parquet(out.resolve("summary").resolve(id).toString());
    }

    private static List<Object> values(Row r) {
        List<Object> v = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            v.add(r.get(i));
        }
        return v;
    }

    @Test
    void aJsonFileIsOneDocumentNamedAsEvaluateNamesIt() throws IOException {
        String file = "../examples/industrial-trade.json";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, InProcessCli.run(out, new ByteArrayOutputStream(), "evaluate", file));
        Path json = dir.resolve("json-out");
        EvaluateJob.Counts c = EvaluateJob.run(spark, EvaluateJob.Options.parse("--format", "json", "--input", file, "--output", json.toString()));
        assertEquals(new EvaluateJob.Counts(1, 1, 0, c.findings(), 1), c);
        List<String> lines = spark.read().text(json.resolve("reports").toString()).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertEquals(JSON.readTree(out.toByteArray()), JSON.readTree(lines.get(0)));
    }

    @Test
    void parquetRowsAreDocumentsNumberedInOrder() {
        int n = 710; // line 500 ends in CR LF, line 700 is empty
        List<String> first = new ArrayList<>();
        for (byte[] line : lines(batch.ndjson()).subList(0, n)) {
            first.add(new String(line, StandardCharsets.UTF_8).replace("\r", ""));
        }
        Path parquet = dir.resolve("facts.parquet");
        spark.createDataset(first, org.apache.spark.sql.Encoders.STRING()).toDF("facts").coalesce(1).write().parquet(parquet.toString());
        Path out = dir.resolve("parquet-out");
        EvaluateJob.Counts c = EvaluateJob.run(spark, EvaluateJob.Options.parse("--format", "parquet", "--column", "facts",
                "--input", parquet.toString(), "--output", out.toString()));
        long invalid = batch.invalidLines().headSet(n, true).size();
        assertEquals(new EvaluateJob.Counts(n, n - invalid, invalid, c.findings(), n), c);
        List<Row> grades = spark.read().parquet(out.resolve("grades").toString()).select("source", "subjectId").collectAsList();
        List<byte[]> cli = lines(cliOutput);
        for (Row g : grades) {
            int row = Integer.parseInt(g.getString(0).substring(parquet.toString().length() + 1));
            assertEquals(read(cli.get(row - 1)).at("/subject/id").asText(), g.getString(1), "row " + row);
        }
        assertEquals(n - invalid, grades.size());
    }

    @Test
    void aWrittenOutputIsNotOverwritten() {
        assertThrows(Exception.class,
                () -> EvaluateJob.run(spark, EvaluateJob.Options.parse("--input", input.toString(), "--output", output.toString())));
    }

    @Test
    void theCountsCheckCanFail() {
        EvaluateJob.Counts lost = new EvaluateJob.Counts(LINES, LINES - 7, 6, 0, LINES);
        assertTrue(!lost.addUp());
    }

    private static List<Path> reportParts() throws IOException {
        return parts(output.resolve("reports"));
    }

    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static JsonNode read(byte[] line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The lines of NDJSON output, each without its LF (output lines never end in CR). */
    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        assertEquals(bytes.length, start, "output ends with a line end");
        return lines;
    }
}
