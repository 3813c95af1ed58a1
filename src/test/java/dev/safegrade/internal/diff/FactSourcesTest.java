package dev.safegrade.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a report's fact document again: a file or a batch line, used only when its digest is the report's. */
class FactSourcesTest {
    @TempDir
    Path dir;

    private static ReportSummary report(String file, String source, String digest) {
        return new ReportSummary(file, 1, "enterprise", "X", null, "2026-06-30", Map.of(), source, digest, Map.of(), Map.of());
    }

    private static String digest(String text) {
        return FactReader.digestOf(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBatchLineIsReadWithoutItsLineEndAsEvaluateBatchDigestedIt() throws Exception {
        Path batch = Files.writeString(dir.resolve("b.ndjson"), "{\"a\":1}\r\n{\"a\":2}\n{\"a\":3}", StandardCharsets.UTF_8);
        FactSources sources = new FactSources();
        assertThat(new String(sources.bytesOf(report("r", batch + ":1", digest("{\"a\":1}")), null), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(new String(sources.bytesOf(report("r", batch + ":2", digest("{\"a\":2}")), null), StandardCharsets.UTF_8)).isEqualTo("{\"a\":2}");
        assertThat(new String(sources.bytesOf(report("r", batch + ":3", digest("{\"a\":3}")), null), StandardCharsets.UTF_8))
                .as("a last line without a line feed").isEqualTo("{\"a\":3}");
        assertThat(sources.bytesOf(report("r", batch + ":2", digest("{\"a\":1}")), null)).as("another line's digest").isNull();
        assertThat(sources.bytesOf(report("r", batch + ":4", digest("{\"a\":3}")), null)).as("past the end").isNull();
    }

    @Test
    void aFileIsUsedOnlyWhenItsDigestIsTheReportsAndIsFoundBesideTheReportToo() throws Exception {
        Files.writeString(dir.resolve("facts.json"), "{\"a\": 1}\n", StandardCharsets.UTF_8);
        FactSources sources = new FactSources();
        String report = dir.resolve("report.json").toString();
        assertThat(sources.bytesOf(report(report, "facts.json", digest("{\"a\": 1}\n")), null)).as("relative to the report's folder").isNotNull();
        assertThat(sources.bytesOf(report(report, "facts.json", digest("{\"a\": 2}\n")), null)).as("edited since").isNull();
        assertThat(sources.bytesOf(report(report, "-", digest("{\"a\": 1}\n")), null)).as("standard input").isNull();
        assertThat(sources.bytesOf(report(report, "-", digest("{\"a\": 1}\n")), dir.resolve("facts.json"))).as("named explicitly").isNotNull();
        assertThat(sources.bytesOf(report(report, "fa\u0000cts.json:1", digest("{\"a\": 1}\n")), null)).as("no path on this system").isNull();
    }

    @Test
    void changedPointersAreLeavesAndTheRootsOfAddedOrRemovedParts() throws Exception {
        var before = Json.mapper().readTree("{\"u\": [{\"x\": 1.0, \"y\": true}, {\"x\": 2}], \"k\": \"a\", \"gone\": {\"deep\": 1}}");
        var after = Json.mapper().readTree("{\"u\": [{\"x\": 1, \"y\": false}], \"k\": \"a\", \"new/key\": 3}");
        assertThat(FactChanges.between(before, after)).containsExactly("/gone", "/new~1key", "/u/0/y", "/u/1");
        assertThat(FactChanges.touches("/u/0/y", "/u/0")).as("under").isTrue();
        assertThat(FactChanges.touches("/u/1", "/u/1/x")).as("above").isTrue();
        assertThat(FactChanges.touches("/u/1", "/u/10")).as("a sibling whose index starts alike").isFalse();
    }
}
