package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17's probes, each reproduced: what an attacker or an unlucky user can do with the CLI's input. */
class HostileInputCliTest {
    @Test
    void aFactFileIsReadOnlyUpToTheLargestDocumentNotUntilMemoryRunsOut() {
        for (String command : List.of("evaluate", "validate")) {
            CliTest.Run r = run(command, "/dev/zero");
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("error: /dev/zero").contains("more than 64 MiB").doesNotContain("Exception");
        }
    }

    @Test
    void threadsAreBoundedBeforeAnythingStarts() {
        for (String[] args : new String[][] {{"evaluate", "--batch", "--threads", "33554431", "examples/batch-small.ndjson"},
                {"evaluate", "--batch", "--threads", "100000", "examples/batch-small.ndjson"}, {"evaluate", "--batch", "--threads", "0", "examples/batch-small.ndjson"},
                {"validate", "--batch", "--threads", "257", "examples/batch-small.ndjson"}}) {
            CliTest.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("error: --threads: expected a number of threads from 1 to 256, found " + args[3] + "\n");
            assertThat(r.out()).isEmpty();
        }
        assertThat(run("validate", "--batch", "--threads", "256", "examples/batch-small.ndjson").code()).isZero();
    }

    /**
     * N tank farms with the same 重大事故隐患 and N rectified register entries for it: every HAZ-REG-UNRECORDED finding
     * listed all N entries, so the report grew with N² (a 570 KB input gave 138 MB). The evidence now lists 10 and the
     * count, and the register is indexed once: the report grows with its findings.
     */
    @Test
    void aRegisterOfManyClosedEntriesKeepsTheReportProportionalToItsFindings(@TempDir Path tmp) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int n = 300;
        ObjectNode doc = (ObjectNode) json.readTree(Path.of("examples/hazchem-producer.json").toFile());
        ObjectNode enterprise = (ObjectNode) doc.path("enterprise");
        com.fasterxml.jackson.databind.node.ArrayNode units = enterprise.putArray("units");
        com.fasterxml.jackson.databind.node.ArrayNode hazards = enterprise.putArray("hazards");
        ObjectNode tankFarm = (ObjectNode) json.readTree(Path.of("examples/hazchem-producer.json").toFile()).path("enterprise").path("units").path(0);
        for (int i = 0; i < n; i++) {
            units.add(tankFarm.deepCopy().put("id", "U" + i));
            hazards.addObject().put("id", "H" + i).put("grade", "major").put("item", "MHC-CHEM-2017-05").put("foundOn", "2025-01-01")
                    .put("deadline", "2025-03-01").put("rectifiedOn", "2025-02-01");
        }
        enterprise.remove("riskPoints");
        Path file = tmp.resolve("many.json");
        Files.writeString(file, json.writeValueAsString(doc));
        CliTest.Run r = run("evaluate", file.toString());
        assertThat(r.code()).isZero();
        com.fasterxml.jackson.databind.JsonNode report = json.readTree(r.out());
        List<com.fasterxml.jackson.databind.JsonNode> unrecorded = new java.util.ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("HAZ-REG-UNRECORDED") && f.path("evidence").path("item").asText().equals("MHC-CHEM-2017-05")) {
                unrecorded.add(f);
            }
        });
        assertThat(unrecorded).hasSize(n);
        assertThat(unrecorded.get(0).at("/evidence/closedOrLaterEntries")).hasSize(10);
        assertThat(unrecorded.get(0).at("/evidence/closedOrLaterEntries/0").asText()).isEqualTo("H0");
        assertThat(unrecorded.get(0).at("/evidence/closedOrLaterEntryCount").asInt()).isEqualTo(n);
        assertThat(r.out().length() / report.path("findings").size()).as("bytes per finding").isLessThan(3_000);
    }

    /** {@code | head -1}: once the output is closed the batch stops reading instead of evaluating to the end. */
    @Test
    void aClosedOutputStopsTheBatch() throws IOException {
        byte[] line = (new ObjectMapper().readTree(Path.of("examples/industrial-trade.json").toFile()).toString() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int lines = 5_000;
        for (String command : new String[] {"validate", "evaluate"}) {
            long[] read = {0};
            java.io.InputStream in = new java.io.InputStream() { // 5,000 lines, counting what is read
                @Override
                public int read() {
                    return read[0] < (long) lines * line.length ? line[(int) (read[0]++ % line.length)] : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    int n = 0;
                    while (n < len && read[0] < (long) lines * line.length) {
                        b[off + n++] = line[(int) (read[0]++ % line.length)];
                    }
                    return n == 0 ? -1 : n;
                }
            };
            java.io.OutputStream closedAfterOneLine = new java.io.OutputStream() {
                long written;

                @Override
                public void write(int b) throws IOException {
                    if (++written > 100) {
                        throw new IOException("Broken pipe");
                    }
                }
            };
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            int code = Main.run(new String[] {command, "--batch", "--threads", "1"}, new Streams(in,
                    new java.io.PrintStream(closedAfterOneLine, false, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(code).as(command).isEqualTo(2);
            assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).as(command)
                    .isEqualTo("error: standard output: could not be written (closed, or no space left)\n");
            assertThat(read[0] / line.length).as(command + ": lines read before stopping").isLessThan(lines / 2);
        }
    }

    /** ESC, CR and LF in a name would clear the screen and forge a "critical" row: every human-readable format shows them escaped. */
    @Test
    void controlCharactersInNamesAreShownNotSent(@TempDir Path tmp) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = (ObjectNode) json.readTree(Path.of("examples/hazchem-producer.json").toFile());
        ((ObjectNode) doc.path("enterprise")).put("name", "明辉\u001b[2J\r\n  critical  RED  MHC-CHEM-2017-99  /enterprise");
        ((ObjectNode) doc.path("enterprise").path("units").path(0)).put("name", "罐区\u0007\n伪造");
        Path file = tmp.resolve("forged.json");
        Files.writeString(file, json.writeValueAsString(doc));
        for (String format : new String[] {"text", "markdown"}) {
            CliTest.Run r = run("evaluate", "--format", format, file.toString());
            assertThat(r.code()).as(format).isZero();
            assertThat(r.out()).as(format).doesNotContain("\u001b", "\r", "\u0007")
                    .contains(format.equals("text") ? "明辉\\u001b[2J\\u000d" : "明辉\\u001b[2J<br>")
                    .doesNotContainPattern("(?m)^\\s*critical\\s+RED\\s+MHC-CHEM-2017-99");
        }
        assertThat(run("evaluate", "--format", "text", "--lang", "en", file.toString()).out()).contains("明辉\\u001b[2J\\u000d\\u000a  critical");
    }
}
