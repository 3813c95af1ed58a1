package dev.safegrade.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    /** One document to process, or a problem reading it. */
    interface Sink {
        void document(String source, byte[] bytes, int firstLine);

        /** The file itself could not be read; nothing of it was processed. */
        void unreadable(String source, String why);
    }

    void forEach(InputStream stdin, Sink sink) throws IOException {
        for (String file : files.isEmpty() ? List.of("-") : files) {
            if (file.equals("-")) {
                read("-", stdin, sink);
                continue;
            }
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                read(file, in, sink);
            } catch (NoSuchFileException e) {
                sink.unreadable(file, "no such file");
            } catch (java.nio.file.AccessDeniedException e) {
                sink.unreadable(file, "permission denied");
            } catch (IOException e) {
                if (Files.isDirectory(Path.of(file))) {
                    sink.unreadable(file, "a folder, not a file");
                } else {
                    throw e;
                }
            }
        }
    }

    private void read(String source, InputStream in, Sink sink) throws IOException {
        if (!batch) {
            sink.document(source, in.readAllBytes(), 1);
            return;
        }
        // Streams line by line: memory stays constant however long the batch is.
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            sink.document(source, line.getBytes(StandardCharsets.UTF_8), number);
        }
    }
}
