package dev.safegrade.cli;

import dev.safegrade.InputProblem;
import dev.safegrade.internal.facts.MemberFiles;
import dev.safegrade.internal.facts.Unreadable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The fact documents a command reads: files or {@code -}, whole or as NDJSON lines ({@code --batch}). */
final class InputOptions {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Fact files (facts-v1 JSON), or - for standard input (the default).")
    List<String> files = List.of();

    @Option(names = "--batch", description = "Read NDJSON: one fact document per line; write one output line per input line, in order. "
            + "A line over 16 MiB is not read: its output line is an error record (exit 2) and the batch goes on.")
    boolean batch;

    @Option(names = "--members-root", paramLabel = "DIR",
            description = "A park's member files (park.members[].facts, relative to the park file) may lie anywhere in DIR, not only in the park "
                    + "file's folder (the default). Absolute paths and links leading out of it are refused either way.")
    Path membersRoot;

    /**
     * The longest batch line read: 16 MiB, without its line end. A line is held whole while it is parsed, and the reader
     * keeps up to one line per thread in flight (a window of thousands): an unbounded line (a log or a binary file given
     * by mistake, a line with no end) would exhaust memory before anything could be said about it. Real fact documents
     * are a few MiB at most; a larger one can still be evaluated as a file of its own.
     */
    static final long MAX_LINE_BYTES = 16L * 1024 * 1024;

    private final long maxLineBytes;

    InputOptions() {
        this(MAX_LINE_BYTES);
    }

    /** @param maxLineBytes the longest batch line read (tests give a small one) */
    InputOptions(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Receives each document (a whole file, or one NDJSON line with its line number). */
    interface Sink {
        void document(String source, byte[] bytes, int firstLine);

        /**
         * Batch line {@code line} was longer than the limit ({@code length} bytes without its line end) and was skipped
         * unread. The batch commands make it that line's error record ({@link #tooLong(String, int, long, long)}).
         */
        default void tooLong(String source, int line, long length) {
            throw new IllegalStateException(source + ":" + line + ": a batch line over the limit reached a sink that takes whole files");
        }
    }

    /** A sink of batch lines: {@code documents} for each line read, {@code refused} for each line too long to read. */
    static Sink lines(Sink documents, TooLong refused) {
        return new Sink() {
            @Override
            public void document(String source, byte[] bytes, int firstLine) {
                documents.document(source, bytes, firstLine);
            }

            @Override
            public void tooLong(String source, int line, long length) {
                refused.line(source, line, length);
            }
        };
    }

    /** What a batch command does with a line too long to read. */
    interface TooLong {
        void line(String source, int line, long length);
    }

    /** The problem of batch line {@code line}, {@code length} bytes long, over the limit {@code max}. */
    static InputProblem tooLong(String source, int line, long length, long max) {
        return new InputProblem(source + ":" + line, line, 0, null, "a line of at most " + dev.safegrade.internal.files.ConfinedFile.size(max)
                + (max % (1024 * 1024) == 0 ? " (" + max + " bytes)" : "") + ": one fact document per line", "a line of " + length + " bytes",
                "a document this large can be evaluated as a file of its own");
    }

    /** Tells on {@code err} and returns false when {@code --members-root} is given and is not a folder. */
    boolean membersRootIsAFolder(PrintStream err) {
        if (membersRoot == null || Files.isDirectory(membersRoot)) {
            return true;
        }
        err.println("error: --members-root: expected a folder, found " + (Files.exists(membersRoot) ? "a file" : "nothing") + " at " + membersRoot);
        return false;
    }

    /** The longest batch line read. */
    long maxLineBytes() {
        return maxLineBytes;
    }

    /**
     * Hands every document to the sink. A file that cannot be read is told on {@code err}; returns
     * {@link ExitCode#INVALID_INPUT} when that happened, else {@link ExitCode#OK}.
     */
    int forEach(InputStream stdin, PrintStream err, Sink sink) throws IOException {
        int code = ExitCode.OK;
        for (String file : files.isEmpty() ? List.of("-") : files) {
            try {
                if (file.equals("-")) {
                    read("-", stdin, sink);
                    continue;
                }
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    read(file, in, sink);
                }
            } catch (TooLarge e) {
                code = unreadable(err, file, e.getMessage());
            } catch (IOException e) {
                if (file.equals("-")) {
                    throw e;
                }
                code = unreadable(err, file, Unreadable.why(Path.of(file), e));
            }
        }
        return code;
    }

    /** A fact file (not a batch) larger than a fact document may be. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static int unreadable(PrintStream err, String file, String why) {
        err.println("error: " + new InputProblem(file, 0, 0, null, "a readable fact file", why).describe());
        return ExitCode.INVALID_INPUT;
    }

    private void read(String source, InputStream in, Sink sink) throws IOException {
        if (!batch) {
            // Bounded as member files are: /dev/zero or a mistaken huge file is refused, not read until memory runs out.
            byte[] bytes = in.readNBytes((int) MemberFiles.MAX_BYTES + 1);
            if (bytes.length > MemberFiles.MAX_BYTES) {
                throw new TooLarge("more than " + dev.safegrade.internal.files.ConfinedFile.size(MemberFiles.MAX_BYTES)
                        + " (a fact file is at most that; a batch of documents is read line by line with --batch)");
            }
            sink.document(source, bytes, 1);
            return;
        }
        // Streams line by line: memory stays constant however long the batch is. Lines are split as bytes and handed
        // on undecoded, so that a line that is not UTF-8 is told as such rather than read with replacement characters.
        // A line is held up to the limit (and one byte more: a CR of its CRLF end); past it, the rest of the line is
        // only counted, and the line is handed on as too long.
        byte[] buffer = new byte[1 << 16];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0; // the current line's bytes so far, held or not
        boolean lastWasCr = false;
        int number = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    hold(line, buffer, start, i - start, length);
                    length += i - start;
                    boolean cr = i > start ? buffer[i - 1] == '\r' : start == 0 && lastWasCr;
                    lineEnd(source, ++number, line, length - (cr ? 1 : 0), sink);
                    line.reset();
                    length = 0;
                    lastWasCr = false;
                    start = i + 1;
                }
            }
            hold(line, buffer, start, n - start, length);
            length += n - start;
            if (n > start) {
                lastWasCr = buffer[n - 1] == '\r';
            }
        }
        if (length > 0) {
            lineEnd(source, ++number, line, length - (lastWasCr ? 1 : 0), sink);
        }
    }

    /** Adds bytes to the line held, as far as the limit (plus one byte for a CR) allows. */
    private void hold(ByteArrayOutputStream line, byte[] bytes, int from, int count, long lengthSoFar) {
        long room = maxLineBytes + 1 - lengthSoFar;
        if (room > 0) {
            line.write(bytes, from, (int) Math.min(count, room));
        }
    }

    /** @param length the line's length without its line end (a CR before the LF) */
    private void lineEnd(String source, int number, ByteArrayOutputStream line, long length, Sink sink) {
        if (length > maxLineBytes) {
            sink.tooLong(source, number, length);
        } else {
            sink.document(source, withoutCarriageReturn(line.toByteArray()), number);
        }
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }
}
