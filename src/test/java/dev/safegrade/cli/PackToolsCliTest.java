package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.lint.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule authors' commands, in-process. The first tests are how CI runs the pack policy: the suite is CI's
 * command, so `packs lint`, `packs test --coverage` and the docs check over rules/ must exit 0 here.
 */
class PackToolsCliTest {
    @Test
    void ciLintsThePacks() {
        CliTest.Run r = run("packs", "lint", "rules");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("accident-grading: ok");
        assertThat(r.code()).isZero();
        assertThat(run("packs", "lint").code()).as("the shipped packs, by default").isZero();
    }

    @Test
    void ciRunsTheGoldenCasesWithCoverage() {
        CliTest.Run r = run("packs", "test", "--trust-packs", "rules", "--coverage");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ok    accident-grading/deaths-boundaries",
                "coverage accident-grading: 4 of 4 rules fired in 7 golden cases (100.0%, minimum 100.0%)",
                "ACC-493-LARGE             fired in 4, silent in 3",
                "国务院令第493号 第三条: ACC-493-ESPECIALLY-MAJOR, ACC-493-MAJOR, ACC-493-LARGE, ACC-493-GENERAL, table tables/accident-grades.json");
        // every case of every pack in rules/ passes, however many there are
        assertThat(r.out()).containsPattern("(?m)^(\\d+) cases: \\1 passed, 0 failed$");
        assertThat(run("packs", "test").code()).as("the shipped packs, by default").isZero();
    }

    @Test
    void ciChecksTheRulePagesAreCurrent() {
        CliTest.Run r = run("packs", "doc", "rules", "--output", "docs/rules", "--check");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void lintTellsEachProblemWithFileLineAndCheckAndExitsTwo(@TempDir Path tmp) {
        Path dir = TestPack.write(tmp);
        TestPack.edit(dir, "pack.json", "\"en\": \"Fatal accident\"", "\"en\": \"\"");
        CliTest.Run r = run("packs", "lint", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        int line = TestPack.lineOf(dir, "pack.json", "\"en\": \"\"");
        assertThat(r.err()).contains("error: " + dir.resolve("pack.json") + ":" + line + ": rule \"TST-DEATHS\" title has no en text [bilingual-text]")
                .contains("[version-recorded]").doesNotContain("\tat ");
        assertThat(r.out()).contains("test-pack: 2 problems");
        assertThat(run("packs", "lint", "--list").out()).contains("band-table", "drl-allow-list", "version-recorded");
        assertThat(run("packs", "lint", tmp.resolve("nowhere").toString()).code()).isEqualTo(2);
    }

    @Test
    void aFailingCaseShowsWhichFindingsAndGradesDiffer(@TempDir Path tmp) throws Exception {
        Path dir = TestPack.write(tmp);
        TestPack.edit(dir, "test-pack.drl", "deaths > 0", "deaths > 1");
        CliTest.Run r = run("packs", "test", "--trust-packs", dir.toString(), "--coverage");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("FAIL  test-pack/fatal",
                "findings: - TST-DEATHS @ /enterprise/accidents/0 (expected, not produced): Accident A1: 1 deaths.",
                "ok    test-pack/harmless", "0 of 1 rules fired", "BELOW MINIMUM", "2 cases: 1 passed, 1 failed");
    }

    @Test
    void docWritesPagesAndCheckFindsThemStale(@TempDir Path tmp) throws Exception {
        Path packs = tmp.resolve("packs");
        Path dir = TestPack.write(packs);
        Path out = tmp.resolve("docs");
        assertThat(run("packs", "doc", packs.toString(), "-o", out.toString()).out()).contains("wrote 3 pages");
        assertThat(Files.readString(out.resolve("test-pack/TST-DEATHS.md"))).contains("### It fires: `fatal`", "### It does not fire: `harmless`");
        assertThat(run("packs", "doc", packs.toString(), "-o", out.toString(), "--check").code()).isZero();
        TestPack.edit(dir, "pack.json", "\"Fatal accident\"", "\"Accident with deaths\"");
        CliTest.Run stale = run("packs", "doc", packs.toString(), "-o", out.toString(), "--check");
        assertThat(stale.code()).isEqualTo(2);
        assertThat(stale.err()).contains("TST-DEATHS.md: stale");
    }

    @Test
    void releaseRecordsTheVersionOnceAndRefusesAChangedOne(@TempDir Path tmp) {
        Path dir = TestPack.write(tmp);
        assertThat(run("packs", "release", tmp.toString()).out()).contains("test-pack: version 1.0.0 is recorded with digest sha256:");
        TestPack.edit(dir, "test-pack.drl", "deaths > 0", "deaths >= 1");
        CliTest.Run refused = run("packs", "release", dir.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("a major change").contains("set \"version\" to 2.0.0");
        TestPack.edit(dir, "pack.json", "\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"");
        assertThat(run("packs", "release", dir.toString()).out()).contains("recorded test-pack 2.0.0");
        assertThat(run("packs", "lint", tmp.toString()).code()).isZero();
    }

    @Test
    void explainTellsWhatARuleChecks() {
        CliTest.Run r = run("explain", "ACC-493-LARGE");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ACC-493-LARGE  较大事故 / Large accident", "severity:   info",
                "cites:      生产安全事故报告和调查处理条例 (国务院令第493号) 第三条, confirmed",
                "reads:      /enterprise/accidents/*/deaths  (Deaths)",
                "decided by: table tables/accident-grades.json \"accident-493\" /rows/2",
                "DRL rule \"accident grade\" at accident-grading.drl:15-27");
        CliTest.Run unknown = run("explain", "ACC-493-HUGE");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no pack describes rule ACC-493-HUGE (similar: ACC-493-ESPECIALLY-MAJOR");
    }

    @Test
    void explainOnAFactFileTellsWhyElementByElement() {
        CliTest.Run fired = run("explain", "ACC-493-LARGE", "examples/hazchem-producer.json");
        assertThat(fired.code()).isZero();
        assertThat(fired.out()).contains("on examples/hazchem-producer.json (asOf 2026-06-30, profile national): FIRED (2 findings)",
                "  /enterprise/accidents/1: fired", "      /enterprise/accidents/1/seriousInjuries = 12",
                "  /enterprise/accidents/2: passed (reported here instead: ACC-493-GENERAL)");

        String missing = "rules/accident-grading/cases/missing-measures.facts.json";
        assertThat(run("explain", "ACC-493-MAJOR", missing).out()).contains("NOT EVALUATED: facts it needs are absent",
                "  /enterprise/accidents/4: not evaluated, missing /enterprise/accidents/4/directLossYuan",
                "      /enterprise/accidents/4/directLossYuan = absent (not known)");
        assertThat(run("explain", "ACC-493-MAJOR", "examples/chemical-park.json").out())
                .contains("NOT APPLICABLE: pack accident-grading applies to enterprise; this document describes a park");
        assertThat(run("explain", "ACC-493-GENERAL", "rules/accident-grading/cases/no-accidents.facts.json").out())
                .contains("PASSED: it applies and did not fire", "no element at /enterprise/accidents/* in the document");
        assertThat(run("explain", "ACC-493-LARGE", "examples/invalid/bad-uscc.json").code()).isEqualTo(2);
    }

    @Test
    void explainSaysNotApplicableWhenTheRulesOwnConditionsLeaveTheSubjectOut() {
        // Item 1 names producers and traders; an enterprise that only stores hazardous chemicals is outside it
        // (the chem pack itself applies: industry hazardous-chemicals). Its principal has no certificate.
        CliTest.Run r = run("explain", "MHC-CHEM-2017-01", "src/test/resources/explain/storage-only.facts.json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("(asOf 2026-06-30, profile national): NOT APPLICABLE: its own conditions of applicability hold on none "
                        + "of the 2 element(s) it checked",
                "  /enterprise/people/0: not applicable (activities = [\"storage\"], roles = [\"principal\"])",
                "  /enterprise/people/1: not applicable (activities = [\"storage\"], roles = [\"safety-manager\"])")
                .doesNotContain("PASSED", "passed");
        assertThat(run("explain", "MHC-CHEM-2017-01", "rules/major-hazard-chem/cases/passes.facts.json").out())
                .contains("PASSED: it applies and did not fire", "  /enterprise/people/0: passed");
    }

    @Test
    void explainSaysNotApplicableWhenTheDrlDecidingTheRuleLeavesTheSubjectOut() {
        // four-colour applies to every enterprise, its 2018 diagnosis (drlAppliesTo) only to hazardous-chemicals ones.
        CliTest.Run r = run("explain", "CHEM-DIAG-2018-SCORE", "examples/industrial-trade.json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("NOT APPLICABLE: the DRL deciding it (chem-diagnosis-2018.drl, chem-diagnosis-2018-sheet.drl) applies to "
                + "enterprise, industries hazardous-chemicals").doesNotContain("PASSED");
        assertThat(run("explain", "CHEM-DIAG-2018-SCORE", "examples/hazchem-producer.json").out()).contains("FIRED (1 finding)");
    }

    @Test
    void explainTellsARuleNotInForce(@TempDir Path tmp) throws Exception {
        Path dir = TestPack.write(tmp);
        TestPack.edit(dir, "pack.json", "\"severity\": \"high\",", "\"severity\": \"high\", \"effectiveTo\": \"2025-12-31\",");
        CliTest.Run r = run("explain", "--trust-packs", "--packs", tmp.toString(), "TST-DEATHS", dir.resolve("cases/fatal.facts.json").toString());
        assertThat(r.out()).contains("in force:   to 2025-12-31 inclusive", "NOT IN FORCE: the rule applies to 2025-12-31 inclusive",
                "/enterprise/accidents/0: not in force", "/enterprise/accidents/0/deaths = 1");
        CliTest.Run before = run("explain", "--trust-packs", "--packs", tmp.toString(), "--as-of", "2025-06-30", "TST-DEATHS",
                dir.resolve("cases/fatal.facts.json").toString());
        assertThat(before.out()).contains("FIRED (1 finding)", "evidence {\"accident\":\"A1\",\"deaths\":1}");
    }
}
