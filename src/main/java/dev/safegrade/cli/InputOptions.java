package dev.safegrade.cli;

import dev.safegrade.InputProblem;
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

    @Option(names = "--batch", description = "Read NDJSON: one fact document per line; write one output line per input line, in order.")
    boolean batch;

    /** Receives each document (a whole file, or one NDJSON line with its line number). */
    interface Sink {
        void document(String source, byte[] bytes, int firstLine);
    }

    /**
     * Hands every document to the sink. A file that cannot be read is told on {@code err}; returns
     * {@link ExitCode#INVALID_INPUT} when that happened, else {@link ExitCode#OK}.
     */
    int forEach(InputStream stdin, PrintStream err, Sink sink) throws IOException {
        int code = ExitCode.OK;
        for (String file : files.isEmpty() ? List.of("-") : files) {
            if (file.equals("-")) {
                read("-", stdin, sink);
                continue;
            }
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                read(file, in, sink);
            } catch (IOException e) {
                code = unreadable(err, file, Unreadable.why(Path.of(file), e));
            }
        }
        return code;
    }

    private static int unreadable(PrintStream err, String file, String why) {
        err.println("error: " + new InputProblem(file, 0, 0, null, "a readable fact file", why).describe());
        return ExitCode.INVALID_INPUT;
    }

    private void read(String source, InputStream in, Sink sink) throws IOException {
        if (!batch) {
            sink.document(source, in.readAllBytes(), 1);
            return;
        }
        // Streams line by line: memory stays constant however long the batch is. Lines are split as bytes and handed
        // on undecoded, so that a line that is not UTF-8 is told as such rather than read with replacement characters.
        byte[] buffer = new byte[1 << 16];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i - start);
                    sink.document(source, withoutCarriageReturn(line.toByteArray()), ++number);
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(buffer, start, n - start);
        }
        if (line.size() > 0) {
            sink.document(source, withoutCarriageReturn(line.toByteArray()), ++number);
        }
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }
}
