package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.lint.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule ids a fact file names must exist; a park's member files are validated with it. */
class FactReferencesCliTest {
    static final String TYPO = ":187:9: /enterprise/hazards/0/item: expected a rule id of a loaded pack, found \"MHC-FW-2017-7\"; "
            + "did you mean MHC-FW-2017-07?";

    static Path fireworksWithTypo(Path dir) throws Exception {
        Path file = dir.resolve("fw.json");
        Files.writeString(file, Files.readString(Path.of("examples/fireworks-producer.json")).replace("\"MHC-FW-2017-07\"", "\"MHC-FW-2017-7\""));
        return file;
    }

    @Test
    void evaluateRejectsAnUnknownRuleIdInTheRegister(@TempDir Path tmp) throws Exception {
        Path file = fireworksWithTypo(tmp);
        CliTest.Run r = run("evaluate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: " + file + TYPO + "\n");
        CliTest.Run strict = run("evaluate", "--strict", file.toString());
        assertThat(strict.code()).isEqualTo(2);
        assertThat(strict.err()).contains(TYPO).doesNotContain("no such key");
    }

    @Test
    void batchGivesTheLineWithAnUnknownRuleIdAnErrorRecord(@TempDir Path tmp) throws Exception {
        String good = Json.mapper().readTree(Path.of("examples/fireworks-producer.json").toFile()).toString();
        Path batch = tmp.resolve("b.ndjson");
        Files.writeString(batch, good + "\n" + good.replace("\"MHC-FW-2017-07\"", "\"MHC-FW-2017-7\"") + "\n");
        for (String command : List.of("evaluate", "validate")) {
            CliTest.Run r = run(command, "--batch", batch.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            List<String> lines = r.out().lines().toList();
            assertThat(lines).as(command).hasSize(2);
            assertThat(Json.mapper().readTree(lines.get(0)).has("errors")).as(command).isFalse();
            JsonNode error = Json.mapper().readTree(lines.get(1)).path("errors");
            assertThat(error).as(command).hasSize(1);
            assertThat(error.get(0).path("pointer").asText()).isEqualTo("/enterprise/hazards/0/item");
            assertThat(error.get(0).path("line").asInt()).isEqualTo(2);
            assertThat(error.get(0).path("found").asText()).isEqualTo("\"MHC-FW-2017-7\"; did you mean MHC-FW-2017-07?");
        }
    }

    @Test
    void validateChecksRuleIdsAgainstTheShippedPacksOrPacksDir(@TempDir Path tmp) throws Exception {
        Path file = fireworksWithTypo(tmp);
        CliTest.Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + file + TYPO + "\n");
        assertThat(run("validate", "examples/fireworks-producer.json").code()).isZero();

        Path packs = tmp.resolve("packs");
        TestPack.write(packs);
        Path own = tmp.resolve("own.json");
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(Path.of("examples/fireworks-producer.json").toFile());
        ((ObjectNode) doc.at("/enterprise/observations/0")).put("item", "TST-DEATHS");
        Files.writeString(own, doc.toPrettyString());
        assertThat(run("validate", own.toString()).err()).contains("/enterprise/observations/0/item: expected a rule id of a loaded pack, found \"TST-DEATHS\"");
        CliTest.Run withPacks = run("validate", "--packs", packs.toString(), own.toString());
        assertThat(withPacks.code()).isZero();
        assertThat(withPacks.out()).isEqualTo(own + ": valid facts-v1\n");
    }

    @Test
    void explainRejectsAnUnknownRuleIdToo(@TempDir Path tmp) throws Exception {
        CliTest.Run r = run("explain", "MHC-FW-2017-07", fireworksWithTypo(tmp).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(TYPO);
    }

    /** A park listing the hazchem example, then {@code second} (relative to the park file). */
    static Path park(Path dir, String second) throws Exception {
        Files.copy(Path.of("examples/hazchem-producer.json"), dir.resolve("first.json"));
        ObjectNode park = (ObjectNode) Json.mapper().readTree(Path.of("examples/chemical-park.json").toFile());
        var members = ((ObjectNode) park.get("park")).putArray("members");
        members.addObject().put("facts", "first.json");
        members.addObject().put("facts", second);
        Path file = dir.resolve("park.json");
        Files.writeString(file, park.toPrettyString());
        return file;
    }

    static String line(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return (i + 1) + ":" + (lines.get(i).indexOf('"') + 1);
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void validateChecksAParksMemberFiles(@TempDir Path tmp) throws Exception {
        Files.copy(Path.of("examples/invalid/bad-uscc.json"), tmp.resolve("bad.json"));
        Path park = park(tmp, "bad.json");
        CliTest.Run r = run("validate", park.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: " + park + ":" + line(park, "\"bad.json\"") + ": /park/members/1/facts: expected a readable, valid fact "
                + "file of a member enterprise, found " + tmp.resolve("bad.json") + ":6:5: /enterprise/id: expected a 统一社会信用代码 whose check "
                + "character (GB 32100-2015) is '2', found \"91610131MA6TG1C439\" ending in '9'\n");
    }

    @Test
    void validateTellsAMissingMemberFileAndAMemberWithAnUnknownRuleId(@TempDir Path tmp) throws Exception {
        Path missing = park(tmp, "nowhere.json");
        CliTest.Run r = run("validate", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(missing + ":" + line(missing, "\"nowhere.json\"") + ": /park/members/1/facts: expected",
                "found " + tmp.resolve("nowhere.json") + ": no such file");

        Path dir = Files.createDirectory(tmp.resolve("typo"));
        fireworksWithTypo(dir);
        Path typo = park(dir, "fw.json");
        CliTest.Run t = run("validate", typo.toString());
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains(": /park/members/1/facts: expected", "found " + dir.resolve("fw.json") + TYPO);
        assertThat(run("validate", "examples/chemical-park.json").code()).isZero();
    }
}
