package dev.safegrade.spark;

import dev.safegrade.SafeGrade;
import dev.safegrade.cli.InProcessCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job at local[1] and local[2] against {@code evaluate --batch} with 1 and 2 threads, on the same NDJSON
 * file, in one JVM: {@code SparkBenchmark INPUT.ndjson RESULT.md}. Prints a Markdown section for benchmarks/results.md.
 * Order: the first engine build (a fresh JVM's, measured alone), a warm-up, then CLI 1 thread, CLI 2 threads, Spark
 * local[1], Spark local[2] — each Spark run in a new session (its start reported apart), the engine already built.
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path result = Path.of(args[1]);
        long lines;
        try (Stream<String> s = Files.lines(input, StandardCharsets.UTF_8)) {
            lines = s.count();
        }
        long t = System.nanoTime();
        SafeGrade first = SafeGrade.builder().build();
        double build = seconds(t);
        t = System.nanoTime();
        byte[] sample = Files.readAllBytes(input); // first documents of every kind pay their KieBase on first use
        int firstLines = 0;
        for (int i = 0, start = 0; i < sample.length && firstLines < 200; i++) {
            if (sample[i] == '\n') {
                dev.safegrade.internal.batch.BatchLine.evaluate(first, input.toString(),
                        java.util.Arrays.copyOfRange(sample, start, i), ++firstLines);
                start = i + 1;
            }
        }
        double firstDocs = seconds(t);
        // warm-up: the JIT has seen the engine before anything is timed
        cli(input, 2);

        double cli1 = cli(input, 1);
        double cli2 = cli(input, 2);
        double[] s1 = spark(input, 1);
        double[] s2 = spark(input, 2);

        String md = String.format(Locale.ROOT, """
                | measurement | result | ratio |
                |---|---|---|
                | input | %,d lines of `%s` |  |
                | `SafeGrade.builder().build()`, first in a fresh JVM (the per-executor start) | %.1f s |  |
                | then the first %d documents (their packs' KieBases are built on first use) | %.1f s |  |
                | CLI `evaluate --batch`, in process, 1 thread | %,.0f docs/s (%.1f s) |  |
                | CLI `evaluate --batch`, in process, 2 threads | %,.0f docs/s (%.1f s) | %.2f × 1 thread |
                | Spark session start, `local[1]` / `local[2]` | %.1f s / %.1f s |  |
                | Spark job `local[1]` (read, evaluate, write 4 outputs, read back the counts) | %,.0f docs/s (%.1f s) | %.2f × CLI 1 thread; %+.2f ms per document |
                | Spark job `local[2]` | %,.0f docs/s (%.1f s) | %.2f × `local[1]`; %.2f × CLI 2 threads; %+.2f ms per document |
                """, lines, input.getFileName(), build, firstLines, firstDocs,
                lines / cli1, cli1, lines / cli2, cli2, cli1 / cli2,
                s1[0], s2[0],
                lines / s1[1], s1[1], cli1 / s1[1], (s1[1] - cli1) * 1000 / lines,
                lines / s2[1], s2[1], s1[1] / s2[1], cli2 / s2[1], (s2[1] - cli2) * 1000 / lines);
        Files.writeString(result, md);
        System.out.print(md);
    }

    private static double cli(Path input, int threads) {
        long t = System.nanoTime();
        int code = InProcessCli.run(OutputStream.nullOutputStream(), new ByteArrayOutputStream(),
                "evaluate", "--batch", "--threads", String.valueOf(threads), input.toString());
        if (code > 2) {
            throw new IllegalStateException("evaluate --batch exited " + code);
        }
        return seconds(t);
    }

    /** {session start, job} in seconds. */
    private static double[] spark(Path input, int cores) throws IOException {
        long t = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("SparkBenchmark")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        double start = seconds(t);
        Path out = Files.createTempDirectory("safegrade-spark-bench");
        Files.delete(out);
        try {
            t = System.nanoTime();
            EvaluateJob.Counts c = EvaluateJob.run(spark, EvaluateJob.Options.parse("--input", input.toString(), "--output", out.toString()));
            double job = seconds(t);
            System.err.printf(Locale.ROOT, "local[%d]: %.1f s, %s%n", cores, job, c);
            return new double[] {start, job};
        } finally {
            spark.stop();
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
