package dev.safegrade.internal.diff;

import dev.safegrade.internal.facts.FactReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the fact document a report was made from, so that a diff can name the pointers that changed. A report's
 * {@code input.source} is a file, or {@code FILE:LINE} for a line of a batch; a document is used only when the
 * sha256 of its bytes is the report's {@code input.digest} (a file edited since, or another file of that name, is
 * not the evaluated document). A batch line's bytes are those {@code evaluate --batch} digested: the line without
 * its line feed and a carriage return before it.
 */
public final class FactSources {
    private static final Pattern BATCH_LINE = Pattern.compile("(.+):([1-9][0-9]*)");
    /** Line start offsets of the batch files read so far: a batch of N lines is scanned once, not once per line. */
    private final Map<Path, long[]> lineStarts = new HashMap<>();

    /**
     * The bytes of the document the report was made from, or null when they cannot be found.
     *
     * @param explicit a file the user named for this report (--old-facts/--new-facts), or null
     */
    public byte[] bytesOf(ReportSummary report, Path explicit) {
        if (report.digest() == null) {
            return null;
        }
        try {
            return find(report, explicit);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // a source that is no path on this system (a NUL in it, another OS's name): nothing to read
        }
    }

    private byte[] find(ReportSummary report, Path explicit) {
        if (explicit != null) {
            return matching(read(explicit), report.digest());
        }
        String source = report.source();
        if (source == null || source.equals("-")) {
            return null;
        }
        Path reportFolder = Path.of(report.file()).toAbsolutePath().getParent();
        for (Path candidate : new Path[] {Path.of(source), reportFolder == null ? null : reportFolder.resolve(source)}) {
            if (candidate != null && Files.isRegularFile(candidate)) {
                byte[] bytes = matching(read(candidate), report.digest());
                if (bytes != null) {
                    return bytes;
                }
            }
        }
        Matcher m = BATCH_LINE.matcher(source);
        if (m.matches()) {
            int line = Integer.parseInt(m.group(2));
            for (Path candidate : new Path[] {Path.of(m.group(1)), reportFolder == null ? null : reportFolder.resolve(m.group(1))}) {
                if (candidate != null && Files.isRegularFile(candidate)) {
                    byte[] bytes = matching(line(candidate, line), report.digest());
                    if (bytes != null) {
                        return bytes;
                    }
                }
            }
        }
        return null;
    }

    private static byte[] matching(byte[] bytes, String digest) {
        return bytes != null && FactReader.digestOf(bytes).equals(digest) ? bytes : null;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] line(Path file, int line) {
        long[] starts = lineStarts.computeIfAbsent(file.toAbsolutePath().normalize(), FactSources::index);
        if (starts == null || line >= starts.length) {
            return null;
        }
        long from = starts[line - 1];
        long to = starts[line] - 1; // the line feed before the next line, or the end of the file
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            to = Math.min(to, f.length());
            byte[] bytes = new byte[(int) (to - from)];
            f.seek(from);
            f.readFully(bytes);
            return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /** starts[i] = offset of line i+1; the last entry is one past the end of the file (as if a line feed ended it). */
    private static long[] index(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long[] starts = new long[1024];
            int n = 1;
            long offset = 0;
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        if (n == starts.length) {
                            starts = Arrays.copyOf(starts, n * 2);
                        }
                        starts[n++] = offset + i + 1;
                    }
                }
                offset += read;
            }
            if (starts[n - 1] != offset) { // a last line without a line feed
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n + 1);
                }
                starts[n++] = offset + 1;
            }
            return Arrays.copyOf(starts, n);
        } catch (IOException e) {
            return null;
        }
    }
}
