package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.internal.cases.Blessing;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code safegrade diff} over real evaluations of the examples, one golden case per reason: a rectification (facts),
 * a later asOf, a pack version bump and its reverse (packs), a batch with a new and a gone subject. The expected
 * outputs are whole files under src/test/resources/diff/CASE/ ({@code expected.json}, {@code expected.txt}, and for the
 * rectification the zh text and the Markdown too); a new case
 * is written with {@code -Dsafegrade.bless=true}, a changed one rewritten only when named:
 * {@code -Dsafegrade.rebless=diff:CASE[,…]} (see {@link Blessing}). Inputs and reports are written under
 * target/diff-tests with relative paths, so that the outputs name the same files on every machine.
 */
class DiffCommandTest {
    private static final Path WORK = Path.of("target/diff-tests");
    private static final Path EXPECTED = Path.of("src/test/resources/diff");
    private static final String HAZCHEM = "examples/hazchem-producer.json";

    @BeforeAll
    static void evaluateTheExamples() throws IOException {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        // rectification: the tank farm gets its emergency shut-off (a 重大事故隐患 fixed), and RP08's likelihood is lowered
        ObjectNode fixed = facts(HAZCHEM);
        ((ObjectNode) fixed.at("/enterprise/units/0/tankFarm")).put("emergencyShutoff", true);
        ((ObjectNode) fixed.at("/enterprise/riskPoints/7/assessment")).put("L", 1);
        Path after = write(WORK.resolve("rectification/after.json"), ReportJson.pretty(fixed));
        evaluate("evaluate", HAZCHEM, "--pack", "major-hazard-chem", "--pack", "four-colour", "-o", "target/diff-tests/rectification/old.json");
        evaluate("evaluate", after.toString(), "--pack", "major-hazard-chem", "--pack", "four-colour", "-o", "target/diff-tests/rectification/new.json");

        // asOf: the same facts a year and a half later, when the 标准化 grade awarded 2022-05-10 has lapsed
        Files.createDirectories(WORK.resolve("asof"));
        evaluate("evaluate", HAZCHEM, "--pack", "standardization", "--as-of", "2025-01-01", "-o", "target/diff-tests/asof/old.json");
        evaluate("evaluate", HAZCHEM, "--pack", "standardization", "-o", "target/diff-tests/asof/new.json");

        // packs: insurance 1.1.0, a copy of the shipped pack whose national minimum per-person limit is raised to 50万
        Path pack = WORK.resolve("packs/rules/insurance");
        copyRecursively(Path.of("rules/insurance"), pack);
        String version = Json.mapper().readTree(pack.resolve("pack.json").toFile()).path("version").asText();
        String[] v = version.split("\\.");
        edit(pack.resolve("pack.json"), "\"version\": \"" + version + "\"", "\"version\": \"" + v[0] + "." + (Integer.parseInt(v[1]) + 1) + ".0\"");
        edit(pack.resolve("tables/minimum-per-person.json"), "\"value\": 400000", "\"value\": 500000");
        evaluate("evaluate", HAZCHEM, "--pack", "insurance", "-o", "target/diff-tests/packs/old.json");
        evaluate("evaluate", HAZCHEM, "--trust-packs", "--packs", "target/diff-tests/packs/rules", "--pack", "insurance", "-o", "target/diff-tests/packs/new.json");

        // batch: one subject rectified, one gone, one new, and a line that was no fact document
        ObjectNode shutOff = facts(HAZCHEM);
        ((ObjectNode) shutOff.at("/enterprise/units/0/tankFarm")).put("emergencyShutoff", true);
        write(WORK.resolve("batch/old-facts.ndjson"), String.join("\n", facts(HAZCHEM).toString(), facts("examples/industrial-trade.json").toString(), "{\"factsVersion\": ") + "\n");
        write(WORK.resolve("batch/new-facts.ndjson"), String.join("\n", shutOff.toString(), facts("examples/metal-smelter.json").toString()) + "\n");
        for (String side : List.of("old", "new")) {
            CliTest.Run r = CliTest.run("evaluate", "--batch", "--threads", "1", "--pack", "major-hazard-chem", "--pack", "major-hazard-industrial-trade", "--pack", "insurance",
                    "target/diff-tests/batch/" + side + "-facts.ndjson", "-o", "target/diff-tests/batch/" + side + ".ndjson");
            assertThat(r.code()).as(r.err()).isEqualTo(side.equals("old") ? 2 : 0);
        }
    }

    @Test
    void aRectificationClosesTheMajorHazardAndClearsItForTheFactThatChanged() throws IOException {
        CliTest.Run json = golden("rectification");
        JsonNode diff = Json.mapper().readTree(json.out());
        JsonNode mhc = closed(diff, "MHC-CHEM-2017-05");
        assertThat(mhc.path("cleared").asBoolean()).isTrue();
        assertThat(mhc.path("majorHazard").asBoolean()).isTrue();
        assertThat(mhc.at("/reasons/0/kind").asText()).isEqualTo("facts");
        assertThat(mhc.at("/reasons/0/scope").asText()).isEqualTo("path");
        assertThat(mhc.at("/reasons/0/pointers").toString()).isEqualTo("[\"/enterprise/units/0/tankFarm/emergencyShutoff\"]");
        assertThat(diff.at("/totals/findings/clearedMajorHazards").asInt()).isEqualTo(1);
        assertThat(grade(diff, "riskPoints[RP08].color").path("new").asText()).isEqualTo("BLUE");
        assertThat(CliTest.run("diff", "--fail-on-new", "info", dir("rectification", "old.json"), dir("rectification", "new.json")).code())
                .as("a rectification opens nothing").isZero();
    }

    @Test
    void aLaterAsOfOpensTheLapseWithTheDateAsItsOnlyReason() throws IOException {
        JsonNode diff = Json.mapper().readTree(golden("asof").out());
        JsonNode lapsed = finding(diff, "opened", "STD-LAPSED");
        assertThat(lapsed.at("/reasons").toString()).isEqualTo("[{\"kind\":\"asOf\",\"old\":\"2025-01-01\",\"new\":\"2026-06-30\"}]");
        assertThat(grade(diff, "standardization.valid").path("old").asText()).isEqualTo("true");
    }

    @Test
    void aPackVersionBumpOpensAFindingWithThePackAndItsVersionsAsTheReason() throws IOException {
        JsonNode diff = Json.mapper().readTree(golden("packs").out());
        JsonNode opened = finding(diff, "opened", "OBL-SLI-02");
        assertThat(opened.at("/reasons/0/kind").asText()).isEqualTo("packs");
        assertThat(opened.at("/reasons/0/ruleId").asText()).isEqualTo("OBL-SLI-02");
        assertThat(opened.at("/reasons/0/packs/0/id").asText()).isEqualTo("insurance");
        String shipped = Json.mapper().readTree(Path.of("rules/insurance/pack.json").toFile()).path("version").asText();
        assertThat(opened.at("/reasons/0/packs/0/old/version").asText()).isEqualTo(shipped);
        assertThat(opened.at("/reasons/0/packs/0/new/version").asText()).isNotEqualTo(shipped).isEqualTo(
                Json.mapper().readTree(WORK.resolve("packs/rules/insurance/pack.json").toFile()).path("version").asText());
        assertThat(opened.at("/reasons/0/packs/0/old/digest").asText()).isNotEqualTo(opened.at("/reasons/0/packs/0/new/digest").asText());
        assertThat(opened.at("/reasons")).hasSize(1);
    }

    @Test
    void aFindingThatAPackFixClosesIsClosedButNotCleared() throws IOException {
        // the same two reports the other way round: a rule correction makes the finding go away, no fact changed
        CliTest.Run r = CliTest.run("diff", "--format", "json", dir("packs", "new.json"), dir("packs", "old.json"));
        JsonNode closed = closed(Json.mapper().readTree(r.out()), "OBL-SLI-02");
        assertThat(closed.path("cleared").asBoolean()).isFalse();
        assertThat(closed.at("/reasons/0/kind").asText()).isEqualTo("packs");
        assertThat(CliTest.run("diff", "--lang", "en", dir("packs", "new.json"), dir("packs", "old.json")).out())
                .contains("[closed, not cleared (no fact changed)]", "0 cleared", "1 closed, not cleared");
    }

    @Test
    void aBatchDiffMatchesBySubjectAndListsTheNewAndTheGone() throws IOException {
        JsonNode diff = Json.mapper().readTree(golden("batch").out());
        assertThat(diff.at("/old/errorRecords").asInt()).isEqualTo(1);
        assertThat(diff.at("/totals/subjects").toString()).isEqualTo("{\"matched\":1,\"new\":1,\"gone\":1}");
        List<String> statuses = new ArrayList<>();
        diff.path("subjects").forEach(s -> statuses.add(s.at("/subject/id").asText() + " " + s.path("status").asText()));
        assertThat(statuses).containsExactly("91610117MA6U2K8NXE gone", "91610131MA6TG1C432 new", "91610526MA6YH7Q30N matched");
        // a batch line's document is found by FILE:LINE and its digest: the pointer is named
        JsonNode mhc = closed(diff, "MHC-CHEM-2017-05");
        assertThat(mhc.at("/reasons/0/pointers/0").asText()).isEqualTo("/enterprise/units/0/tankFarm/emergencyShutoff");
        assertThat(mhc.path("cleared").asBoolean()).isTrue();
    }

    @Test
    void failOnNewExitsFourWhenAnOpenedFindingIsAtOrAboveItAndZeroOtherwise() {
        String old = dir("packs", "old.json");
        String now = dir("packs", "new.json");
        assertThat(CliTest.run("diff", "--fail-on-new", "high", old, now).code()).isEqualTo(4); // OBL-SLI-02 is high
        assertThat(CliTest.run("diff", "--fail-on-new", "medium", old, now).code()).isEqualTo(4);
        assertThat(CliTest.run("diff", "--fail-on-new", "critical", old, now).code()).isZero();
        assertThat(CliTest.run("diff", old, now).code()).as("without --fail-on-new").isZero();
        assertThat(CliTest.run("diff", "--fail-on-new", "info", now, old).code()).as("only closed").isZero();
        assertThat(CliTest.run("diff", "--fail-on-new", "high", dir("batch", "old.ndjson"), dir("batch", "new.ndjson")).code())
                .as("a new subject's findings are opened").isEqualTo(4);
    }

    @Test
    void oneSideMayComeFromStandardInput() throws IOException {
        String now = Files.readString(Path.of(dir("packs", "new.json")), StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.runWithStdin(now, "diff", "--format", "json", dir("packs", "old.json"), "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(finding(Json.mapper().readTree(r.out()), "opened", "OBL-SLI-02").at("/reasons/0/kind").asText()).isEqualTo("packs");
        assertThat(CliTest.run("diff", "-", "-").code()).isEqualTo(2);
    }

    @Test
    void anInputThatIsNoReportExitsTwoWithItsPlaceAndWhatWasExpected() throws IOException {
        Path broken = write(WORK.resolve("invalid/broken.json"), "{\"reportVersion\": 1,\n  \"subject\": ");
        Path other = write(WORK.resolve("invalid/other.json"), "{\"name\": \"x\"}\n");
        String report = dir("asof", "old.json");
        for (String[] c : List.of(
                new String[] {broken.toString(), "error: target/diff-tests/invalid/broken.json:2:14: expected report-v1 JSON (one report, or one per line), found invalid JSON: "},
                new String[] {other.toString(), "error: target/diff-tests/invalid/other.json:1:1: expected a report-v1 report (an object with reportVersion and subject), found an object with the keys name\n"},
                new String[] {HAZCHEM, "error: examples/hazchem-producer.json:1:1: expected a report-v1 report (an object with reportVersion and subject), found a fact document (factsVersion)\n"
                        + "hint: evaluate it first: safegrade evaluate examples/hazchem-producer.json -o FILE\n"},
                new String[] {"target/diff-tests/invalid/none.json", "error: target/diff-tests/invalid/none.json: expected a report file (evaluate -o) or a batch (evaluate --batch), found no such file\n"})) {
            CliTest.Run r = CliTest.run("diff", report, c[0]);
            assertThat(r.code()).as(c[0]).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(c[0]).startsWith(c[1]).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().lines().count()).as(c[0]).isLessThanOrEqualTo(2);
        }
        CliTest.Run onInput = CliTest.run("diff", "-o", report, report, dir("asof", "new.json"));
        assertThat(onInput.code()).isEqualTo(2);
        assertThat(onInput.err()).contains("it is one of the inputs");
    }

    @Test
    void outputGoesToTheFileNamedAndMarkdownHasATableOfChangesWithReasons() throws IOException {
        Path out = WORK.resolve("rectification/diff.md");
        CliTest.Run r = CliTest.run("diff", "--format", "markdown", "--lang", "en", "-o", out.toString(), dir("rectification", "old.json"),
                dir("rectification", "new.json"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(md).contains("| change | severity · colour | rule | path | title | why |",
                "| Closed (cleared) | critical RED | MHC-CHEM-2017-05 | /enterprise/units/0 |",
                "facts: changed at /enterprise/units/0/tankFarm/emergencyShutoff", "| cleared 重大事故隐患 | 1 |");
    }

    @Test
    void withoutTheFactDocumentsTheReasonIsStillFactsAndSaysTheyAreNotAvailable() throws IOException {
        // evaluated from standard input: input.source is "-", nothing to read back
        Path after = WORK.resolve("rectification/after.json");
        CliTest.Run old = CliTest.runWithStdin(Files.readString(Path.of(HAZCHEM)), "evaluate", "--pack", "major-hazard-chem", "-");
        CliTest.Run now = CliTest.runWithStdin(Files.readString(after), "evaluate", "--pack", "major-hazard-chem", "-");
        Path o = write(WORK.resolve("stdin/old.json"), old.out());
        Path n = write(WORK.resolve("stdin/new.json"), now.out());
        JsonNode mhc = closed(Json.mapper().readTree(CliTest.run("diff", "--format", "json", o.toString(), n.toString()).out()), "MHC-CHEM-2017-05");
        assertThat(mhc.at("/reasons/0/scope").asText()).isEqualTo("unavailable");
        assertThat(mhc.path("cleared").asBoolean()).as("a fact reason, even unnamed, clears").isTrue();
        assertThat(CliTest.run("diff", "--lang", "en", o.toString(), n.toString()).out())
                .contains("why: facts: input digest differs; fact documents not available to name the pointers");
        // named with --old-facts/--new-facts, the pointers are found again
        JsonNode named = closed(Json.mapper().readTree(CliTest.run("diff", "--format", "json", "--old-facts", HAZCHEM, "--new-facts", after.toString(),
                o.toString(), n.toString()).out()), "MHC-CHEM-2017-05");
        assertThat(named.at("/reasons/0/pointers/0").asText()).isEqualTo("/enterprise/units/0/tankFarm/emergencyShutoff");
        // a fact file that is not the one evaluated (its digest differs) is not used
        JsonNode wrong = closed(Json.mapper().readTree(CliTest.run("diff", "--format", "json", "--old-facts", after.toString(), "--new-facts", after.toString(),
                o.toString(), n.toString()).out()), "MHC-CHEM-2017-05");
        assertThat(wrong.at("/reasons/0/scope").asText()).isEqualTo("unavailable");
    }

    @Test
    void aChangeNothingExplainsIsToldAsUnexplained() throws IOException {
        // the same report with one finding taken out by hand: packs, facts and asOf are all the same
        ObjectNode report = (ObjectNode) Json.mapper().readTree(Path.of(dir("asof", "new.json")).toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) report.path("findings")).remove(0);
        Path edited = write(WORK.resolve("unexplained/new.json"), ReportJson.pretty(report));
        CliTest.Run r = CliTest.run("diff", "--lang", "en", dir("asof", "new.json"), edited.toString());
        assertThat(r.out()).contains("why: unexplained: packs, facts and asOf are the same in both reports (this should not happen)",
                "unexplained changes: 1");
    }

    @Test
    void controlCharactersInANameAreShownEscapedNeverPassedToTheTerminal() throws IOException {
        ObjectNode report = (ObjectNode) Json.mapper().readTree(Path.of(dir("asof", "new.json")).toFile());
        ((ObjectNode) report.path("subject")).put("name", "Evil\u001b[2J\rname\nnext");
        Path edited = write(WORK.resolve("escape/new.json"), ReportJson.pretty(report));
        for (String format : List.of("text", "markdown")) {
            String out = CliTest.run("diff", "--format", format, dir("asof", "old.json"), edited.toString()).out();
            String shown = format.equals("text") ? "Evil\\u001b[2J\\u000dname\\u000anext" : "Evil\\\\u001b\\[2J\\\\u000dname\\\\u000anext";
            assertThat(out).as(format).contains(shown)
                    .doesNotContain("\u001b").doesNotContain("\r");
        }
    }

    // ---- helpers

    /** Runs the case's diff as JSON and as English text and compares both with the expected files. */
    private static CliTest.Run golden(String name) throws IOException {
        String old = dir(name, name.equals("batch") ? "old.ndjson" : "old.json");
        String now = dir(name, name.equals("batch") ? "new.ndjson" : "new.json");
        CliTest.Run json = CliTest.run("diff", "--format", "json", old, now);
        CliTest.Run text = CliTest.run("diff", "--lang", "en", old, now);
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.err()).isEmpty();
        List<String> stale = new ArrayList<>();
        compare(name, "expected.json", json.out(), stale);
        compare(name, "expected.txt", text.out(), stale);
        if (name.equals("rectification")) { // the other formats and the other language, once
            compare(name, "expected.zh.txt", CliTest.run("diff", old, now).out(), stale);
            compare(name, "expected.md", CliTest.run("diff", "--format", "markdown", "--lang", "en", old, now).out(), stale);
        }
        assertThat(stale).as("diff outputs that differ from the expected files (%s)", Blessing.howToRewrite("DiffCommandTest", "diff:" + name)).isEmpty();
        return json;
    }

    private static void compare(String name, String file, String actual, List<String> stale) throws IOException {
        Path expected = EXPECTED.resolve(name).resolve(file);
        boolean exists = Files.exists(expected);
        Blessing.Act act = Blessing.fromSystemProperties().act("diff:" + name, exists);
        if (act != Blessing.Act.CHECK) {
            write(expected, actual);
            return;
        }
        if (!exists || !Files.readString(expected, StandardCharsets.UTF_8).equals(actual)) {
            stale.add(expected + (exists ? "" : " (new: -D" + Blessing.BLESS + "=true)"));
            if (exists) {
                assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            }
        }
    }

    private static JsonNode finding(JsonNode diff, String change, String ruleId) {
        for (JsonNode s : diff.path("subjects")) {
            for (JsonNode f : s.path("findings")) {
                if (f.path("change").asText().equals(change) && f.path("ruleId").asText().equals(ruleId)) {
                    return f;
                }
            }
        }
        throw new AssertionError("no " + change + " finding " + ruleId + " in " + diff);
    }

    private static JsonNode closed(JsonNode diff, String ruleId) {
        return finding(diff, "closed", ruleId);
    }

    private static JsonNode grade(JsonNode diff, String name) {
        for (JsonNode s : diff.path("subjects")) {
            for (JsonNode g : s.path("grades")) {
                if (g.path("grade").asText().equals(name)) {
                    return g;
                }
            }
        }
        throw new AssertionError("no grade change " + name + " in " + diff);
    }

    private static String dir(String name, String file) {
        return "target/diff-tests/" + name + "/" + file;
    }

    private static void evaluate(String... args) {
        CliTest.Run r = CliTest.run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }

    private static ObjectNode facts(String file) throws IOException {
        return (ObjectNode) Json.mapper().readTree(Path.of(file).toFile());
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
