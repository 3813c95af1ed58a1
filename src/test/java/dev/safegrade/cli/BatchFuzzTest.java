package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.facts.FactDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The NDJSON batch reader on any bytes, through the in-process CLI ({@code evaluate --batch -}): every input line (split
 * at LF; a last line without one counts when it is not empty) yields exactly one output line, in input order — the
 * line's report or its error record, placed on its own line — and no line fails as an internal error; a line that is
 * not a valid fact document as a file is not one in a batch either (invalid UTF-8 read as U+FFFD was). Seeds:
 * {@code src/test/resources/dev/safegrade/cli/BatchFuzzTestInputs/ndjson/}.
 */
class BatchFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bytes a batch holds at most here: more only slows the fuzzer (line size limits are tested elsewhere). */
    private static final int MAX_INPUT = 64 * 1024;

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void ndjson(byte[] input) throws IOException {
        if (input.length > MAX_INPUT) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"evaluate", "--batch", "--threads", "2", "--as-of", "2026-06-30", "-"},
                new Streams(new ByteArrayInputStream(input), new PrintStream(out, false, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; stderr: %s", stderr).isIn(ExitCode.OK, ExitCode.INVALID_INPUT, ExitCode.FINDINGS_AT_OR_ABOVE_FAIL_ON);
        assertThat(stderr).doesNotContain("internal error").doesNotContain("\tat ");

        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("the output is not UTF-8", e);
        }
        int expected = inputLines(input);
        if (expected == 0) {
            assertThat(text).isEmpty();
            return;
        }
        assertThat(text).endsWith("\n");
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        assertThat(lines).as("one output line per input line").hasSize(expected);
        List<byte[]> documents = documents(input);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            JsonNode record = JSON.readTree(lines[i]);
            if (!validAsFile(documents.get(i))) {
                assertThat(record.has("errors")).as("line %d is invalid as a file, so it is invalid in a batch: %s", line, lines[i]).isTrue();
            }
            if (record.has("errors")) {
                assertThat(record.path("errorVersion").asInt()).isEqualTo(1);
                assertThat(record.path("input").path("source").asText()).isEqualTo("-");
                assertThat(record.path("input").path("line").asInt()).as("record %d: %s", line, lines[i]).isEqualTo(line);
                assertThat(record.path("errors").size()).isPositive();
                for (JsonNode e : record.path("errors")) {
                    assertThat(e.path("message").asText()).startsWith("-:" + line + ":");
                }
            } else {
                assertThat(record.path("input").path("source").asText()).as("report %d", line).isEqualTo("-:" + line);
            }
        }
    }

    /** Each line's document: its bytes without the LF, nor the CR of a CRLF. */
    private static List<byte[]> documents(byte[] input) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length ? i > start : input[i] == '\n') {
                int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
                out.add(Arrays.copyOfRange(input, start, end));
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether the bytes are a valid fact document when read as a whole file. */
    private static boolean validAsFile(byte[] document) {
        try {
            FactDocuments.parse(document, "line.json", 1);
            return true;
        } catch (InvalidFactsException e) {
            return false;
        }
    }

    /** Lines as the batch reader splits them: at each LF, and a last line without one when it is not empty. */
    static int inputLines(byte[] input) {
        int n = 0;
        int last = -1;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\n') {
                n++;
                last = i;
            }
        }
        return last == input.length - 1 ? n : n + 1;
    }
}
