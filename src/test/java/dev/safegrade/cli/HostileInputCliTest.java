package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17's probes, each reproduced: what an attacker or an unlucky user can do with the CLI's input. */
class HostileInputCliTest {
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
