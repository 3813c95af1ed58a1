package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 items 7 and 5: a batch line is read as the same bytes in a file would be (places counted in the batch file,
 * invalid UTF-8 refused), and a line over {@link InputOptions#MAX_LINE_BYTES} is refused as that line's error record
 * without being held whole, the batch going on.
 */
class BatchLinesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String compact(String example) throws IOException {
        return JSON.readTree(Path.of(example).toFile()).toString();
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            lines.add(JSON.readTree(l));
        }
        return lines;
    }

    /** A lone CR is JSON whitespace: Jackson counts it as a line break, the batch file does not. */
    @Test
    void aLoneCarriageReturnInsideALineKeepsTheBatchFilesLineAndColumn(@TempDir Path tmp) throws IOException {
        String valid = compact("examples/industrial-trade.json");
        String bad = valid.replace("\"factsVersion\":1,", "\"factsVersion\":1,\r").replace("\"industry\":\"machinery\"", "\"industry\":\"xmachinery\"");
        assertThat(bad).contains("\r").contains("xmachinery");
        int column = bad.indexOf("\"industry\":\"xmachinery\"") + 1; // the key's place, counted in characters from the line's start
        String broken = bad.replace("\"xmachinery\"", "xmachinery"); // a bare word: a syntax error, told by the parser
        Path single = tmp.resolve("single.json"); // the same line with a space for the CR: where the parser places it
        Files.writeString(single, broken.replace('\r', ' '), StandardCharsets.UTF_8);
        String told = run("validate", single.toString()).err();
        assertThat(told).startsWith("error: " + single + ":1:");
        int syntaxColumn = Integer.parseInt(told.substring(("error: " + single + ":1:").length()).replaceAll("(?s):.*", "").trim());
        Path batch = tmp.resolve("cr.ndjson");
        Files.writeString(batch, valid + "\n" + bad + "\n" + broken + "\r\n" + valid + "\n", StandardCharsets.UTF_8);
        for (String command : new String[] {"validate", "evaluate"}) {
            CliTest.Run r = run(command, "--batch", batch.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            List<JsonNode> out = lines(r.out());
            assertThat(out).as(command).hasSize(4);
            JsonNode schema = out.get(1).at("/errors/0");
            assertThat(schema.path("pointer").asText()).isEqualTo("/enterprise/industry");
            assertThat(schema.path("line").asInt()).as(command).isEqualTo(2);
            assertThat(schema.path("column").asInt()).as(command).isEqualTo(column);
            assertThat(schema.path("message").asText()).startsWith(batch + ":2:" + column + ": ");
            JsonNode syntax = out.get(2).at("/errors/0");
            assertThat(syntax.path("line").asInt()).as(command).isEqualTo(3);
            assertThat(syntax.path("column").asInt()).as(command).isEqualTo(syntaxColumn);
            assertThat(r.err()).contains("first: " + batch + ":2:" + column + ": ");
        }
    }

    /** A column counts characters, as an editor shows them, not UTF-8 bytes: the names before it are Chinese. */
    @Test
    void aColumnCountsCharactersNotBytes(@TempDir Path tmp) throws IOException {
        String valid = compact("examples/industrial-trade.json");
        String bad = valid.replace("\"industry\":\"machinery\"", "\"industry\":\"xmachinery\"");
        assertThat(bad.substring(0, bad.indexOf("xmachinery")).codePoints().anyMatch(c -> c > 0x7f)).isTrue();
        Path batch = tmp.resolve("zh.ndjson");
        Files.writeString(batch, bad + "\n", StandardCharsets.UTF_8);
        JsonNode error = lines(run("validate", "--batch", batch.toString()).out()).get(0).at("/errors/0");
        assertThat(error.path("column").asInt()).isEqualTo(bad.indexOf("\"industry\":\"xmachinery\"") + 1);
    }

    /** Overlong and out-of-range sequences are not UTF-8 either: a batch line and a file say so alike. */
    @Test
    void invalidUtf8IsAnErrorInABatchLineAsInAFile(@TempDir Path tmp) throws IOException {
        byte[] valid = compact("examples/industrial-trade.json").getBytes(StandardCharsets.UTF_8);
        String text = new String(valid, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"name\":\"") + "\"name\":\"".length();
        byte[][] probes = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF}};
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        for (byte[] probe : probes) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            line.write(valid, 0, at);
            line.write(probe);
            line.write(valid, at, valid.length - at);
            Path file = tmp.resolve("bad.json");
            Files.write(file, line.toByteArray());
            CliTest.Run r = run("validate", file.toString());
            assertThat(r.code()).as("file with %02X", probe[0]).isEqualTo(2);
            assertThat(r.err()).as("file with %02X", probe[0]).startsWith("error: " + file + ":1:" + (at + 1) + ": ")
                    .contains(String.format("expected UTF-8 text (facts-v1 is UTF-8), found the byte 0x%02X (byte offset %d", probe[0] & 0xff, at));
            batch.write(valid);
            batch.write('\n');
            batch.write(line.toByteArray());
            batch.write('\n');
        }
        Path file = tmp.resolve("bad.ndjson");
        Files.write(file, batch.toByteArray());
        for (String command : new String[] {"validate", "evaluate"}) {
            CliTest.Run r = run(command, "--batch", file.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            List<JsonNode> out = lines(r.out());
            assertThat(out).hasSize(2 * probes.length);
            for (int i = 0; i < probes.length; i++) {
                assertThat(out.get(2 * i).has("errors")).as(command + " line " + (2 * i + 1)).isFalse();
                JsonNode e = out.get(2 * i + 1).at("/errors/0");
                assertThat(e.path("line").asInt()).isEqualTo(2 * i + 2);
                assertThat(e.path("column").asInt()).isEqualTo(at + 1);
                assertThat(e.path("found").asText()).as(command + " line " + (2 * i + 2))
                        .startsWith(String.format("the byte 0x%02X (byte offset %d of the document)", probes[i][0] & 0xff, at));
            }
        }
    }

    /** Lines made on the fly: nothing of the input is held by the test. */
    private static InputStream generated(List<byte[]> parts, List<Long> repeats) {
        return new InputStream() {
            int part;
            long done;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && part < parts.size()) {
                    byte[] p = parts.get(part);
                    long total = p.length * repeats.get(part);
                    if (done == total) {
                        part++;
                        done = 0;
                        continue;
                    }
                    b[off + n++] = p[(int) (done++ % p.length)];
                }
                return n == 0 ? -1 : n;
            }
        };
    }

    @Test
    void aLineOverTheLimitIsItsOwnErrorRecordAndTheBatchGoesOn() throws IOException {
        byte[] valid = (compact("examples/industrial-trade.json") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] head = "{\"factsVersion\":1,\"enterprise\":{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}}\n".getBytes(StandardCharsets.UTF_8);
        long limit = InputOptions.MAX_LINE_BYTES;
        assertThat(limit).isEqualTo(16L * 1024 * 1024);
        // line 2: exactly the limit (read, and invalid for what it says); line 4: one byte over (refused unread)
        long atLimit = limit - head.length - tail.length + 1; // the line's own bytes, without its '\n'
        long over = atLimit + 1;
        for (String command : new String[] {"validate", "evaluate"}) {
            InputStream in = generated(List.of(valid, head, new byte[] {'a'}, tail, valid, head, new byte[] {'a'}, tail, valid),
                    List.of(1L, 1L, atLimit, 1L, 1L, 1L, over, 1L, 1L));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new String[] {command, "--batch", "--threads", "2"}, new Streams(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertThat(code).as(command).isEqualTo(2);
            List<JsonNode> lines = lines(out.toString(StandardCharsets.UTF_8));
            assertThat(lines).as(command).hasSize(5);
            assertThat(lines.get(0).has("errors")).isFalse();
            assertThat(lines.get(1).at("/errors/0/expected").asText()).doesNotContain("at most");
            assertThat(lines.get(2).has("errors")).isFalse();
            JsonNode tooLong = lines.get(3);
            assertThat(tooLong.at("/input/line").asInt()).isEqualTo(4);
            assertThat(tooLong.at("/errors/0/line").asInt()).isEqualTo(4);
            assertThat(tooLong.at("/errors/0/expected").asText()).isEqualTo("a line of at most 16 MiB (16777216 bytes): one fact document per line");
            assertThat(tooLong.at("/errors/0/found").asText()).isEqualTo("a line of " + (limit + 1) + " bytes");
            assertThat(lines.get(4).has("errors")).isFalse();
            assertThat(lines.get(4).at("/input/line").asInt() == 5 || lines.get(4).at("/input/source").asText().equals("-:5")).as(lines.get(4).path("input").toString()).isTrue();
            assertThat(err.toString(StandardCharsets.UTF_8)).as(command).startsWith("error: 2 of 5 lines invalid; first: -:2:");
        }
    }

    /** Every input line yields one callback, its number and bytes right, whatever the buffer boundaries. */
    @Test
    void theReaderSplitsLinesAndRefusesLongOnesWithoutHoldingThem() throws IOException {
        InputOptions input = new InputOptions(10);
        input.batch = true;
        List<String> seen = new ArrayList<>();
        String text = "0123456789\n01234567890\r\n\n" + "x".repeat(1 << 20) + "\n" + "0123456789\r\nabc";
        input.forEach(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new PrintStream(new ByteArrayOutputStream()),
                new InputOptions.Sink() {
                    @Override
                    public void document(String source, byte[] bytes, int line) {
                        seen.add(line + ":" + new String(bytes, StandardCharsets.UTF_8));
                    }

                    @Override
                    public void tooLong(String source, int line, long length) {
                        seen.add(line + ": too long, " + length);
                    }
                });
        assertThat(seen).containsExactly("1:0123456789", "2: too long, 11", "3:", "4: too long, " + (1 << 20), "5:0123456789", "6:abc");
    }
}
