package dev.safegrade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safegrade.FactDocument;
import dev.safegrade.Finding;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The batch benchmark: the CLI's own batch throughput (validate only vs evaluate with all packs, 1 and 2 threads),
 * the engine against the plain-Java baseline on the baseline's rule subset (same documents, same run, with a
 * check that both find the same), a 1,000,000-line batch under -Xmx512m, and cold start against --version.
 * Writes a Markdown table. MIX is {@code generic} (the default: {@link FactGenerator}, every industry alike) or
 * {@code province} ({@link ProvinceGenerator}: a province's industry mix, small shops and heavy hazardous-chemicals
 * documents, asOf 2026-11-30).
 *
 * <pre>java -cp benchmarks.jar dev.safegrade.bench.BatchBenchmark CLI_JAR OUT.md [COUNT] [MILLION_LINES] [MIX]</pre>
 */
public final class BatchBenchmark {
    private static final LocalDate PROVINCE_AS_OF = LocalDate.of(2026, 11, 30);
    private static final String[] SUBSET_PACKS = {"accident-grading", "major-hazard-chem"};
    private static final Set<String> SUBSET_RULES = Set.of("ACC-493-ESPECIALLY-MAJOR", "ACC-493-MAJOR", "ACC-493-LARGE", "ACC-493-GENERAL",
            "MHC-CHEM-2017-01", "MHC-CHEM-2017-02", "MHC-CHEM-2017-04", "MHC-CHEM-2017-05");

    private final Path cliJar;
    private final boolean province;
    private final List<String> rows = new ArrayList<>();

    private BatchBenchmark(Path cliJar, boolean province) {
        this.cliJar = cliJar;
        this.province = province;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int million = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        String mix = args.length > 4 ? args[4] : "generic";
        if (!mix.equals("generic") && !mix.equals("province")) {
            throw new IllegalArgumentException("MIX is generic or province, not " + mix);
        }
        new BatchBenchmark(jar, mix.equals("province")).run(out, count, million);
    }

    private void run(Path out, int count, int million) throws Exception {
        Path data = Files.createTempFile("safegrade-bench", ".ndjson");
        try (BufferedWriter w = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            generator(42).write(count, w);
        }
        long bytes = Files.size(data);
        row("input", count + " generated documents (seed 42, " + (province ? "province" : "generic") + " mix), " + bytes / (1024 * 1024)
                + " MiB NDJSON", "", "");

        double validate1 = cli(data, count, "validate", "--batch", "--threads", "1");
        double validate2 = cli(data, count, "validate", "--batch", "--threads", "2");
        double evaluate1 = cli(data, count, "evaluate", "--batch", "--threads", "1");
        double evaluate2 = cli(data, count, "evaluate", "--batch", "--threads", "2");
        row("CLI `validate --batch` (parse + schema + semantic checks), 1 thread", fmt(validate1) + " docs/s", "", "");
        row("CLI `validate --batch`, 2 threads", fmt(validate2) + " docs/s", ratio(validate2 / validate1) + " × 1 thread", "");
        row("CLI `evaluate --batch`, all packs, 1 thread", fmt(evaluate1) + " docs/s", pct(evaluate1 / validate1) + " of validate (1 thread)", "≥ 35%");
        row("CLI `evaluate --batch`, all packs, 2 threads", fmt(evaluate2) + " docs/s",
                ratio(evaluate2 / evaluate1) + " × 1 thread; " + pct(evaluate2 / validate2) + " of validate (2 threads)", "≥ 1.7×");

        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
        reportSize(lines);
        baselineComparison(lines);

        if (million > 0) {
            row(million + "-line batch, `-Xmx512m`, streamed through a pipe", millionLines(million), "", "completes");
        }
        coldStart();
        Files.delete(data);

        StringBuilder md = new StringBuilder("| measurement | result | ratio | target |\n|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". Medians where repeated; one run otherwise.\n");
        Files.writeString(out, md.toString());
    }

    /** Documents per second of the CLI, run as users run it (bin/safegrade), over the whole file (JVM start included). */
    private double cli(Path data, int count, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(command());
        cmd.addAll(Arrays.asList(args));
        cmd.add(data.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("%s: %.1f s%n", String.join(" ", args), seconds);
        return count / seconds;
    }

    /**
     * Engine (parse, validate, evaluate the subset packs) against the baseline on the same documents: the enterprises
     * (the subset's packs apply to no park, and SafeGrade refuses a subject none of the chosen packs applies to).
     */
    private void baselineComparison(List<String> all) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = all.stream().filter(line -> read(mapper, line).has("enterprise")).toList();
        SafeGrade subset = SafeGrade.builder().packs(SUBSET_PACKS).build();
        int warm = Math.min(5000, lines.size());
        for (int i = 0; i < warm; i++) { // JIT and MVEL compile first
            String line = lines.get(i);
            PlainJavaBaseline.evaluate(read(mapper, line));
            subset.evaluate(FactDocument.parse(line, "warm"));
        }
        long start = System.nanoTime();
        long baselineHits = 0;
        for (String line : lines) {
            baselineHits += PlainJavaBaseline.evaluate(read(mapper, line)).size();
        }
        double baseline = lines.size() / ((System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        long engineHits = 0;
        for (String line : lines) {
            engineHits += subsetHits(subset.evaluate(FactDocument.parse(line, "b"))).size();
        }
        double engine = lines.size() / ((System.nanoTime() - start) / 1e9);

        int mismatches = 0;
        for (String line : lines) {
            Set<PlainJavaBaseline.Hit> expected = new HashSet<>(PlainJavaBaseline.evaluate(read(mapper, line)));
            if (!expected.equals(subsetHits(subset.evaluate(FactDocument.parse(line, "c"))))) {
                mismatches++;
            }
        }
        row("plain-Java baseline (Jackson tree + hand-written subset), 1 thread", fmt(baseline) + " docs/s", "", "");
        row("SafeGrade on the same subset (" + String.join(" + ", SUBSET_PACKS) + "), parse + validate + evaluate, 1 thread",
                fmt(engine) + " docs/s", ratio(baseline / engine) + " slower than the baseline", "≤ 5×");
        row("baseline and engine agree on the subset's findings", (lines.size() - mismatches) + " of " + lines.size() + " enterprise documents",
                baselineHits + " vs " + engineHits + " findings", "all");
    }

    /**
     * How big a batch line's report is, and how much of it is English text (the {@code en} halves of titles, messages
     * and labels): what a single-language batch line would save at most in bytes written.
     */
    private void reportSize(List<String> lines) {
        SafeGrade all = SafeGrade.builder().build();
        ObjectMapper mapper = new ObjectMapper();
        int n = Math.min(2000, lines.size());
        long bytes = 0;
        long[] english = {0};
        for (int i = 0; i < n; i++) {
            String json = all.evaluate(FactDocument.parse(lines.get(i), "size")).toCompactJson();
            bytes += json.getBytes(StandardCharsets.UTF_8).length;
            englishBytes(read(mapper, json), english);
        }
        row("report per batch line (first " + n + " documents, all packs)", String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0 / n),
                pct((double) english[0] / bytes) + " of it English text", "");
    }

    private static void englishBytes(JsonNode node, long[] sum) {
        node.fields().forEachRemaining(e -> {
            if (e.getKey().equals("en") && e.getValue().isTextual()) {
                sum[0] += e.getValue().asText().getBytes(StandardCharsets.UTF_8).length + 7; // ,"en":"…"
            } else {
                englishBytes(e.getValue(), sum);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> englishBytes(child, sum));
        }
    }

    private FactGenerator generator(long seed) {
        return province ? new ProvinceGenerator(seed, PROVINCE_AS_OF) : new FactGenerator(seed);
    }

    private static Set<PlainJavaBaseline.Hit> subsetHits(Report r) {
        Set<PlainJavaBaseline.Hit> hits = new HashSet<>();
        for (Finding f : r.findings()) {
            if (SUBSET_RULES.contains(f.ruleId())) {
                hits.add(new PlainJavaBaseline.Hit(f.ruleId(), f.path()));
            }
        }
        return hits;
    }

    private static JsonNode read(ObjectMapper mapper, String line) {
        try {
            return mapper.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String millionLines(int n) throws Exception {
        String generator = province
                ? String.join(" ", java(), "-cp", jarOfThisClass(), ProvinceGenerator.class.getName(), "--count", String.valueOf(n), "--seed", "7",
                        "--as-of", PROVINCE_AS_OF.toString())
                : String.join(" ", java(), "-cp", jarOfThisClass(), FactGenerator.class.getName(), "7", String.valueOf(n), "/dev/stdout");
        String cli = Files.isExecutable(launcher()) ? "JAVA_OPTS=-Xmx512m " + launcher() + " evaluate --batch -"
                : String.join(" ", java(), "-Xmx512m", "-jar", cliJar.toString(), "evaluate", "--batch", "-");
        long start = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", "set -o pipefail; " + generator + " | " + cli + " | wc -l").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String outLines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        return (code == 0 ? "completed" : "FAILED (exit " + code + ")") + ": " + outLines + " output lines in " + String.format(Locale.ROOT, "%.0f s", seconds);
    }

    /** The launcher next to the jar's folder (bin/safegrade), or plain java -jar without it. */
    private List<String> command() {
        Path launcher = launcher();
        return Files.isExecutable(launcher) ? List.of(launcher.toString()) : List.of(java(), "-jar", cliJar.toString());
    }

    private Path launcher() {
        return cliJar.toAbsolutePath().getParent().resolveSibling("bin").resolve("safegrade");
    }

    /** One-file evaluate against --version: with plain {@code java -jar}, and with the launcher users run. */
    private void coldStart() throws Exception {
        String example = "examples/hazchem-producer.json";
        double version = medianSeconds(List.of(java(), "-jar", cliJar.toString(), "--version"));
        double evaluate = medianSeconds(List.of(java(), "-jar", cliJar.toString(), "evaluate", example));
        row("cold start, `java -jar`: `--version`", String.format(Locale.ROOT, "%.2f s", version), "", "");
        row("cold start, `java -jar`: one-file `evaluate` (all packs, precompiled)", String.format(Locale.ROOT, "%.2f s", evaluate),
                ratio(evaluate / version) + " × --version", "");
        Path launcher = launcher();
        if (Files.isExecutable(launcher)) {
            double lVersion = medianSeconds(List.of(launcher.toString(), "--version"));
            double lEvaluate = medianSeconds(List.of(launcher.toString(), "evaluate", example));
            row("cold start, `bin/safegrade` (AppCDS archive; C1 and serial GC for one file): `evaluate` (`--version`)",
                    String.format(Locale.ROOT, "%.2f s (%.2f s)", lEvaluate, lVersion), ratio(lEvaluate / lVersion) + " × its --version", "≤ 3×");
        }
    }

    private static double medianSeconds(List<String> cmd) throws Exception {
        double[] t = new double[7];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private void row(String what, String result, String ratio, String target) {
        rows.add("| " + what + " | " + result + " | " + ratio + " | " + target + " |");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jarOfThisClass() throws Exception {
        return Path.of(BatchBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String fmt(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    private static String pct(double r) {
        return String.format(Locale.ROOT, "%.0f%%", r * 100);
    }
}
