package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.assertPlain;
import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safegrade.PackException;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.lint.TestPack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * #17 item 9: a pack folder's rules are code, so running them is an explicit decision (--trust-packs, --pack-digest,
 * Builder.trustPacks()/packDigest); trusted or not, its compiled code is checked against an allow-list before any of it runs,
 * and its tables as packs lint checks them.
 */
class UntrustedPacksTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile-packs");

    /** Each hostile pack, with what the refusal must name: the member its code reaches and where it is. */
    private static final Map<String, String[]> REFUSED = new LinkedHashMap<>();

    static {
        REFUSED.put("hostile-spacing", new String[] {"java.lang.Runtime", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-formatter", new String[] {"java.util.Formatter", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-text-block", new String[] {"java.nio.file.", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-eval", new String[] {"java.nio.file.", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-from", new String[] {"java.nio.file.", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-accumulate", new String[] {"java.nio.file.", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-constraint", new String[] {"java.nio.file.", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-mvel-dialect", new String[] {"java.nio.file.", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-declare-default", new String[] {"java.", "declare Probe"});
        REFUSED.put("hostile-system-exit", new String[] {"java.lang.System.exit", "function leave"});
        REFUSED.put("hostile-reflection", new String[] {"java.lang.Class.forName", "rule \"TST-DEATHS\""});
        REFUSED.put("hostile-import-io", new String[] {"java.io.", "rule \"TST-DEATHS\""});
    }

    private static Path accidentGrading(Path tmp) {
        return TestPack.copyOf(Path.of("rules/accident-grading"), tmp.resolve("packs/accident-grading"));
    }

    @Test
    void aPackFolderIsRefusedUnlessTrustedOrPinned(@TempDir Path tmp) {
        Path dir = accidentGrading(tmp);
        String digest = PackLoader.load(dir, "test").digest();
        CliTest.Run refused = run("evaluate", "--packs", dir.toString(), "examples/industrial-trade.json");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("pack accident-grading").contains("is not trusted").contains("--trust-packs")
                .contains("--pack-digest accident-grading=" + digest).hasLineCount(1);
        assertPlain(refused);

        assertThat(run("evaluate", "--trust-packs", "--packs", dir.toString(), "examples/industrial-trade.json").code()).isZero();
        assertThat(run("evaluate", "--pack-digest", "accident-grading=" + digest, "--packs", dir.toString(), "examples/industrial-trade.json")
                .code()).isZero();
        CliTest.Run changed = run("evaluate", "--pack-digest", "accident-grading=sha256:" + "0".repeat(64), "--packs", dir.toString(),
                "examples/industrial-trade.json");
        assertThat(changed.code()).isEqualTo(2);
        assertThat(changed.err()).contains("has digest " + digest).contains("not the pinned");
        CliTest.Run unknown = run("evaluate", "--trust-packs", "--pack-digest", "no-such-pack=" + digest, "--packs", dir.toString(),
                "examples/industrial-trade.json");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("pack no-such-pack").contains("no pack folder given has it");
    }

    @Test
    void packsTestAndExplainOnAFileAskTheSameDecision(@TempDir Path tmp) {
        Path dir = accidentGrading(tmp);
        CliTest.Run test = run("packs", "test", dir.toString());
        assertThat(test.code()).isEqualTo(2);
        assertThat(test.err()).contains("is not trusted");
        assertThat(run("packs", "test", "--trust-packs", dir.toString()).code()).isZero();
        assertThat(run("packs", "test").code()).as("the shipped packs need no decision").isZero();

        CliTest.Run explain = run("explain", "--packs", dir.toString(), "ACC-493-LARGE", "examples/hazchem-producer.json");
        assertThat(explain.code()).isEqualTo(2);
        assertThat(explain.err()).contains("is not trusted");
        assertThat(run("explain", "--trust-packs", "--packs", dir.toString(), "ACC-493-LARGE", "examples/hazchem-producer.json").code()).isZero();
        assertThat(run("explain", "--packs", dir.toString(), "ACC-493-LARGE").code()).as("describing a rule runs nothing").isZero();
    }

    @Test
    void theBuilderAsksTheSameDecision(@TempDir Path tmp) {
        Path dir = accidentGrading(tmp);
        assertThatThrownBy(() -> SafeGrade.builder().packDirectory(dir).build()).isInstanceOf(PackException.class)
                .hasMessageContaining("is not trusted").hasMessageContaining("trustPacks()");
        assertThat(SafeGrade.builder().packDirectory(dir).trustPacks().build().packs()).isNotEmpty();
        String digest = PackLoader.load(dir, "test").digest();
        assertThat(SafeGrade.builder().packDirectory(dir).packDigest("accident-grading", digest).build().packs()).isNotEmpty();
        assertThat(SafeGrade.builder().build().packs()).as("shipped packs need no decision").isNotEmpty();
    }

    @Test
    void aTableLintRefusesIsRefusedAtLoad(@TempDir Path tmp) throws Exception {
        Path dir = accidentGrading(tmp);
        TestPack.edit(dir, "tables/accident-grades.json", "\"deaths\": 3,", "\"deaths\": \"NaN\",");
        Path doc = tmp.resolve("three-deaths.json");
        Files.writeString(doc, Files.readString(Path.of("rules/accident-grading/cases/deaths-boundaries.facts.json")));
        CliTest.Run r = run("evaluate", "--trust-packs", "--packs", dir.toString(), doc.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pack accident-grading").contains("tables/accident-grades.json:").contains("table refused").hasLineCount(1);
        assertThatThrownBy(() -> SafeGrade.builder().packDirectory(dir).trustPacks().build()).isInstanceOf(PackException.class)
                .hasMessageContaining("table refused");
    }

    @TestFactory
    Stream<DynamicTest> codeOutsideTheAllowListIsRefusedBeforeItRuns(@TempDir Path tmp) throws Exception {
        assertThat(HOSTILE.toFile().list()).containsExactlyInAnyOrderElementsOf(REFUSED.keySet());
        return REFUSED.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path dir = HOSTILE.resolve(e.getKey());
            String file = e.getKey() + ".drl";
            assertThatThrownBy(() -> SafeGrade.builder().withoutShippedPacks().packDirectory(dir).trustPacks().build())
                    .isInstanceOf(PackException.class)
                    .hasMessageStartingWith("pack " + e.getKey() + ", " + file + ":")
                    .hasMessageContaining(e.getValue()[1] + " uses " + e.getValue()[0])
                    .hasMessageContaining("which rules may not use");
            // Through the CLI, on a document whose accident id is the file the pack's code would write: refused, nothing written.
            Path written = tmp.resolve("written-by-" + e.getKey());
            Path doc = tmp.resolve(e.getKey() + ".json");
            Files.writeString(doc, TestPack.FACTS.formatted(3).replace("\"A1\"", "\"" + written + "\""));
            CliTest.Run r = run("evaluate", "--trust-packs", "--packs", dir.toString(), doc.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("pack " + e.getKey()).contains(e.getValue()[0]).hasLineCount(1);
            assertThat(written).doesNotExist();
            assertThat(Path.of(System.getProperty("java.io.tmpdir"), "safegrade-declare-probe")).doesNotExist();
        }));
    }

    @Test
    void lintReportsTheCompiledCodeCheckToo() {
        CliTest.Run r = run("packs", "lint", HOSTILE.resolve("hostile-spacing").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("hostile-spacing\\.drl:\\d+: rule \"TST-DEATHS\" uses java\\.lang\\.Runtime\\.getRuntime, which rules may not use \\[compiled-code\\]");
        CliTest.Run mvel = run("packs", "lint", HOSTILE.resolve("hostile-mvel-dialect").toString());
        assertThat(mvel.err()).as("dialect \"mvel\" is compiled to Java, so its calls are in the bytecode").contains("[compiled-code]")
                .contains("java.nio.file.");
        assertThat(run("packs", "lint", "--list").out()).contains("compiled-code");
    }

    @Test
    void theShippedPacksPassTheCheckTheirOwnCopiesGet(@TempDir Path tmp) throws Exception {
        // An edited copy of every shipped pack is compiled now and checked: the allow-list lets the real rules through.
        Path rules = TestPack.copyOf(Path.of("rules"), tmp.resolve("rules"));
        for (Path pack : PackLoader.packFolders(rules)) {
            Path drl = pack.resolve(PackLoader.load(pack, "test").manifest().drl().get(0));
            Files.writeString(drl, "// edited\n" + Files.readString(drl));
        }
        SafeGrade sg = SafeGrade.builder().packDirectory(rules).trustPacks().build();
        assertThat(sg.packs()).hasSize(PackLoader.shipped().size());
        assertThat(sg.evaluate(Path.of("examples/hazchem-producer.json")).findings()).isNotEmpty();
    }
}
