package dev.safegrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether {@code safegrade summarize} keeps memory flat: the same report lines replayed to 20,000 and to 1,000,000
 * reports through a pipe into {@code summarize -}, under each heap limit given (-Xmx512m, as the issue asks, and a
 * small one: a summary whose memory grew with its input would run out of a 64 MB heap at a million reports). For each:
 * wall time, reports per second, the peak resident set (GNU time), the largest heap left after a collection (the GC
 * log; after young collections it includes old garbage not yet collected, so it is an upper bound of the live set)
 * and whether it completed. Writes a Markdown table. The text format is written (the lists are still kept on disk and sorted; text shows 20 rows of
 * each), so that the output of a million reports is not gigabytes.
 *
 * <pre>java -cp benchmarks.jar dev.safegrade.bench.SummaryMemory CLI_JAR REPORTS.ndjson OUT.md HEAP[,HEAP] COUNT...</pre>
 */
public final class SummaryMemory {
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    private SummaryMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path reports = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String benchJar = Path.of(SummaryMemory.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> rows = new ArrayList<>();
        rows.add("| reports | heap limit | wall time | reports/s | peak RSS | largest heap after GC | summary's report count |");
        rows.add("|---|---|---|---|---|---|---|");
        for (int i = 4; i < args.length; i++) {
          for (String heap : args[3].split(",")) {
            long count = Long.parseLong(args[i]);
            Path dir = Files.createTempDirectory("safegrade-summary-memory");
            Path gc = dir.resolve("gc.log");
            Path rss = dir.resolve("rss.txt");
            Path json = dir.resolve("summary.txt");
            String cmd = String.format(Locale.ROOT,
                    "java -cp %s dev.safegrade.bench.ReportReplay %s %d | /usr/bin/time -f %%M -o %s java -Xmx%s -Xlog:gc:file=%s -jar %s summarize --lang en -o %s -",
                    benchJar, reports, count, rss, heap, gc, jar, json);
            long start = System.nanoTime();
            Process p = new ProcessBuilder("sh", "-c", cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            long maxAfterGc = 0;
            for (String line : Files.readAllLines(gc)) {
                Matcher m = AFTER_GC.matcher(line);
                while (m.find()) {
                    maxAfterGc = Math.max(maxAfterGc, Long.parseLong(m.group(1)));
                }
            }
            long peakKb = Long.parseLong(Files.readString(rss).trim().lines().reduce((a, b) -> b).orElse("0"));
            String counted = code > 2 || !Files.exists(json) ? "failed (exit " + code + ")" : countIn(json);
            rows.add(String.format(Locale.ROOT, "| %,d | %s | %.0f s | %,.0f | %,d MiB | %,d MiB | %s |", count, heap, seconds, count / seconds, peakKb / 1024,
                    maxAfterGc, counted));
            System.err.println(rows.get(rows.size() - 1));
          }
        }
        Files.write(out, rows);
    }

    private static String countIn(Path json) throws IOException {
        Matcher m = Pattern.compile("^reports (\\d+)", Pattern.MULTILINE).matcher(Files.readString(json));
        return m.find() ? String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(1))) : "?";
    }
}
