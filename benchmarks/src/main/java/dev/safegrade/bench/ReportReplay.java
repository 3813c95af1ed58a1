package dev.safegrade.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes COUNT report lines to standard output by cycling through the lines of a report NDJSON (the output of
 * {@code evaluate --batch} over a generated province): a million reports for the summary's memory measurement without
 * a million evaluations or 60 GB on disk.
 *
 * <pre>java -cp benchmarks.jar dev.safegrade.bench.ReportReplay REPORTS.ndjson COUNT | safegrade summarize -</pre>
 */
public final class ReportReplay {
    private ReportReplay() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> lines = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank())
                .map(l -> (l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();
        long count = Long.parseLong(args[1]);
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 20)) {
            for (long i = 0; i < count; i++) {
                out.write(lines.get((int) (i % lines.size())));
            }
        }
    }
}
