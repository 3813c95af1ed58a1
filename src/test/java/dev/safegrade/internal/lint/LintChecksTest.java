package dev.safegrade.internal.lint;

import static dev.safegrade.internal.lint.TestPack.edit;
import static dev.safegrade.internal.lint.TestPack.lineOf;
import static dev.safegrade.internal.lint.TestPack.lint;
import static dev.safegrade.internal.lint.TestPack.of;
import static dev.safegrade.internal.lint.TestPack.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each lint check catches the problem it is for, on the small pack of {@link TestPack} broken in that one way. */
class LintChecksTest {
    @TempDir
    Path root;

    private Path pack() {
        return TestPack.write(root);
    }

    /** The one problem of a check, asserting where it is. */
    private static LintProblem only(List<LintProblem> problems, String check, String file, int line) {
        List<LintProblem> found = of(problems, check);
        assertThat(found).as("problems of %s in %s", check, problems).hasSize(1);
        LintProblem p = found.get(0);
        assertThat(p.file()).endsWith(file);
        assertThat(p.line()).as("line of: %s", p.describe()).isEqualTo(line);
        return p;
    }

    @Test
    void theTestPackAndTheShippedPacksPassEveryCheck() {
        pack();
        assertThat(lint(root, PackLoader.shipped())).isEmpty();
        assertThat(Lint.run(PackLoader.packFolders(Path.of("rules")), "rules", PackLoader.shipped())).isEmpty();
    }

    @Test
    void everyCheckHasAnIdAndADescription() {
        Set<String> ids = new HashSet<>();
        for (LintCheck c : LintChecks.ALL) {
            assertThat(c.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
            assertThat(c.description()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void manifestCompleteNamesEachMissingPart() {
        Path dir = pack();
        edit(dir, "pack.json", "      \"reads\": [\"/enterprise/accidents/*/deaths\"],\n", "");
        edit(dir, "pack.json", "\"reference\": \"shared/domain/standardization.md §3\"", "\"reference\": \"\"");
        edit(dir, "pack.json", "\"drl\": [\"test-pack.drl\"]", "\"drl\": [\"no-such.drl\"]");
        edit(dir, "pack.json", ",\n  \"coverage\": { \"minRuleShare\": 1.0 }", "");
        List<LintProblem> found = of(lint(root), "manifest-complete");
        assertThat(found).extracting(LintProblem::message).containsExactlyInAnyOrder(
                "/rules/0/reads: expected the required key \"reads\", found no such key (The JSON Pointers of the facts the rule reads (* for list indexes).)",
                "/sources/0/reference: expected text matching \\S, found \"\" (Where in the domain reference the source is described.)",
                "the file \"no-such.drl\" does not exist in the pack folder",
                "/coverage: expected the required key \"coverage\", found no such key (The share of the pack's rules (0..1) that must fire in its golden cases.)");
        assertThat(found).allSatisfy(p -> assertThat(p.file()).endsWith("test-pack/pack.json"));
        assertThat(found).filteredOn(p -> p.message().contains("no-such.drl")).extracting(LintProblem::line)
                .containsExactly(lineOf(dir, "pack.json", "no-such.drl"));
    }

    @Test
    void manifestCompleteAcceptsAnEmptyDocNumberOnlyWithANoteSayingWhy() {
        Path dir = pack();
        edit(dir, "pack.json", "\"docNumber\": \"国务院令第493号\"", "\"docNumber\": \"\"");
        LintProblem p = only(lint(root), "manifest-complete", "pack.json", lineOf(dir, "pack.json", "\"id\": \"ord-493\"") - 1);
        assertThat(p.message()).isEqualTo("/sources/0/note: expected the required key \"note\", found no such key "
                + "(a source with an empty docNumber says in its note why the 文号 is not given (mentioning 文号 or docNumber))");

        edit(dir, "pack.json", "\"docNumber\": \"\"", "\"docNumber\": \"\", \"note\": \"Issued by the State Council.\"");
        assertThat(of(lint(root), "manifest-complete")).as("a note that does not speak of the 文号").hasSize(1);
        edit(dir, "pack.json", "\"note\": \"Issued by the State Council.\"", "\"note\": \"Its 文号 is not in the reference.\"");
        assertThat(of(lint(root), "manifest-complete")).isEmpty();
    }

    @Test
    void manifestCompleteCatchesUnknownKeys() {
        Path dir = pack();
        edit(dir, "pack.json", "\"severity\": \"high\",", "\"severity\": \"high\", \"efectiveFrom\": \"2020-01-01\",");
        LintProblem p = only(lint(root), "manifest-complete", "pack.json", lineOf(dir, "pack.json", "\"efectiveFrom\""));
        assertThat(p.message()).startsWith("/rules/0/efectiveFrom: expected one of the keys citations, color, effectiveFrom, ")
                .endsWith(", found the unknown key \"efectiveFrom\"");
    }

    @Test
    void packLoadsTellsTheLoadersReasonWhenNoOtherCheckExplainsIt() {
        Path dir = pack();
        edit(dir, "pack.json", "\"tables\": []", "\"tables\": [],\n  \"drlAppliesTo\": [{ \"files\": [\"other.drl\"], \"appliesTo\": { \"subjects\": [\"enterprise\"] } }]");
        List<LintProblem> found = lint(root);
        assertThat(found).extracting(LintProblem::check).containsExactly("pack-loads");
        LintProblem p = only(found, "pack-loads", "pack.json", lineOf(dir, "pack.json", "\"drlAppliesTo\""));
        assertThat(p.message()).isEqualTo("the pack does not load: pack test-pack, pack.json:" + p.line()
                + ": drlAppliesTo names other.drl, which is not one of the pack's drl files");

        edit(dir, "pack.json", "\"severity\": \"high\",", "\"severity\": \"grave\",");
        assertThat(of(lint(root), "pack-loads")).as("explained by manifest-complete").isEmpty();
    }

    @Test
    void bilingualTextWantsZhInChineseAndEn() {
        Path dir = pack();
        edit(dir, "pack.json", "\"title\": { \"zh\": \"死亡事故\", \"en\": \"Fatal accident\" }", "\"title\": { \"zh\": \"Fatal accident\", \"en\": \"\" }");
        List<LintProblem> found = of(lint(root), "bilingual-text");
        assertThat(found).extracting(LintProblem::message).containsExactlyInAnyOrder(
                "rule \"TST-DEATHS\" title: the zh text has no Chinese in it: \"Fatal accident\"",
                "rule \"TST-DEATHS\" title has no en text");
        assertThat(found).allSatisfy(p -> assertThat(p.line()).isEqualTo(lineOf(dir, "pack.json", "\"zh\": \"Fatal accident\"")));
    }

    @Test
    void ruleIdFormatWantsTheGeneralFormAndTheContractFamilies() {
        assertThat(RuleIdFormat.problem("TST-DEATHS")).isNull();
        assertThat(RuleIdFormat.problem("ACC-493-LARGE")).isNull();
        assertThat(RuleIdFormat.problem("MHC-CHEM-2017-20")).isNull();
        assertThat(RuleIdFormat.problem("MHC-IT-2023-03-12")).isNull();
        assertThat(RuleIdFormat.problem("MHC-MNM-2022-T07")).isNull();
        assertThat(RuleIdFormat.problem("MHC-MNM-2017-U24")).isNull();
        assertThat(RuleIdFormat.problem("MHC-MNM-2017-T12")).isNull();
        assertThat(RuleIdFormat.problem("MHC-MNM-2017-U25")).contains("MHC-MNM-2017- family");
        assertThat(RuleIdFormat.problem("MHC-MNM-2017-O13")).contains("MHC-MNM-2017- family");
        assertThat(RuleIdFormat.problem("SDL-2023-V4")).isNull();
        assertThat(RuleIdFormat.problem("STD-LAPSED")).isNull();
        assertThat(RuleIdFormat.problem("tst-deaths")).contains("upper-case");
        assertThat(RuleIdFormat.problem("DEATHS")).contains("two parts");
        assertThat(RuleIdFormat.problem("MHC-CHEM-2017-21")).contains("MHC-CHEM-2017- family");
        assertThat(RuleIdFormat.problem("MHC-CHEM-2017-5")).contains("MHC-CHEM-2017- family");
        assertThat(RuleIdFormat.problem("MHC-COAL-2021-03-01")).contains("(0[4-9]|1[0-8])");
        assertThat(RuleIdFormat.problem("PARK-2P-03")).contains("PARK-2P-0[12]");
        assertThat(RuleIdFormat.problem("STD-LAPSED-2")).contains("STD-LAPSED");
        assertThat(RuleIdFormat.problem("OBL-SLI-04")).contains("OBL-SLI-0[1-3]");
        assertThat(RuleIdFormat.problem("OBL-SLI-03")).isNull();

        Path dir = pack();
        edit(dir, "pack.json", "\"id\": \"TST-DEATHS\"", "\"id\": \"MHC-CHEM-2017-21\"");
        LintProblem p = only(lint(root), "rule-id-format", "pack.json", lineOf(dir, "pack.json", "MHC-CHEM-2017-21"));
        assertThat(p.message()).contains("\"MHC-CHEM-2017-21\"").contains("report-v1");
    }

    @Test
    void ruleIdUniqueAcrossTheRulesOfAPackAndAcrossPacks() {
        Path dir = pack();
        edit(dir, "pack.json", "\"id\": \"TST-DEATHS\"", "\"id\": \"ACC-493-LARGE\"");
        LintProblem p = only(lint(root, PackLoader.shipped()), "rule-id-unique", "pack.json", lineOf(dir, "pack.json", "ACC-493-LARGE"));
        assertThat(p.message()).contains("already described at pack accident-grading");
    }

    @Test
    void citationResolvesToASourceOfTheManifestAndEverySourceIsCited() {
        Path dir = pack();
        edit(dir, "pack.json", "{ \"source\": \"ord-493\", \"clause\": \"第三条\" }", "{ \"source\": \"ord-999\", \"clause\": \"第三条\" }");
        List<LintProblem> found = of(lint(root), "citation-resolves");
        assertThat(found).extracting(LintProblem::message).containsExactlyInAnyOrder(
                "rule \"TST-DEATHS\" cites \"ord-999\", which is not a source of pack.json (sources: ord-493)",
                "source \"ord-493\" is cited by no rule and no table");
        assertThat(found).extracting(LintProblem::line).containsExactlyInAnyOrder(
                lineOf(dir, "pack.json", "ord-999"), lineOf(dir, "pack.json", "\"id\": \"ord-493\""));
    }

    @Test
    void datesParseAndAreOrdered() {
        Path dir = pack();
        edit(dir, "pack.json", "\"issuer\": \"国务院\",", "\"issuer\": \"国务院\", \"issuedOn\": \"2007-04-09\", \"effectiveFrom\": \"2007-06-01\",");
        edit(dir, "pack.json", "\"severity\": \"high\",", "\"severity\": \"high\",\n      \"effectiveTo\": \"2007-05-31\",\n      \"effectiveFrom\": \"2023-02-30\",");
        List<LintProblem> found = of(lint(root), "dates-ordered");
        assertThat(found).extracting(LintProblem::message).containsExactlyInAnyOrder(
                "\"effectiveFrom\" must be a date YYYY-MM-DD that exists, found \"2023-02-30\"",
                "effectiveFrom 2007-06-01 is after effectiveTo 2007-05-31");
        assertThat(found).extracting(LintProblem::line).containsExactlyInAnyOrder(
                lineOf(dir, "pack.json", "2023-02-30"), lineOf(dir, "pack.json", "2007-05-31"));
    }

    @Test
    void readsNameFactsOfTheSchema() {
        Path dir = pack();
        edit(dir, "pack.json", "\"/enterprise/accidents/*/deaths\"", "\"/enterprise/accidents/*/death\", \"/enterprise/accidents/0/deaths\"");
        List<LintProblem> found = of(lint(root), "reads-in-schema");
        assertThat(found).extracting(LintProblem::message).anySatisfy(m -> assertThat(m).contains("no \"death\" at /enterprise/accidents/*"))
                .anySatisfy(m -> assertThat(m).contains("write '*' for a list index"));
        assertThat(found).extracting(LintProblem::line).containsOnly(lineOf(dir, "pack.json", "\"reads\""));
    }

    @Test
    void readsCoverWhatTheCasesShowARuleReading() {
        Path dir = pack();
        // The case's finding shows deaths in its evidence; a rule that says it reads only the date does not cover it.
        edit(dir, "pack.json", "\"/enterprise/accidents/*/deaths\"", "\"/enterprise/accidents/*/date\"");
        LintProblem p = only(lint(root), "reads-cover-cases", "pack.json", lineOf(dir, "pack.json", "\"reads\""));
        assertThat(p.message()).isEqualTo("rule TST-DEATHS reads /enterprise/accidents/*/deaths but its \"reads\" do not cover it "
                + "(case fatal shows /enterprise/accidents/0/deaths in the evidence)");
        // A read of the whole list covers it; so does a read inside an absent list, listed as missing.
        edit(dir, "pack.json", "\"/enterprise/accidents/*/date\"", "\"/enterprise/accidents\"");
        assertThat(of(lint(root), "reads-cover-cases")).isEmpty();
    }

    @Test
    void aReadCoversWhatLiesInsideItAndTheAbsentObjectsAboveItAndAnotherPacksMissingFactsAreItsOwn() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = dev.safegrade.internal.json.Json.mapper();
        com.fasterxml.jackson.databind.JsonNode reads = json.readTree("[\"/enterprise/units/*/tankFarm/media\"]");
        assertThat(ReadsCoverCases.covered(reads, ReadsCoverCases.pattern("/enterprise/units/12/tankFarm/media"))).isTrue();
        assertThat(ReadsCoverCases.covered(reads, ReadsCoverCases.pattern("/enterprise/units/1/tankFarm"))).isTrue();
        assertThat(ReadsCoverCases.covered(reads, ReadsCoverCases.pattern("/enterprise/units/1/tankFarm/mediaType"))).isFalse();
        assertThat(ReadsCoverCases.covered(reads, ReadsCoverCases.pattern("/enterprise/units/1/kind"))).isFalse();
        com.fasterxml.jackson.databind.JsonNode expected = json.readTree("""
                {"notEvaluated": [
                  {"ruleId": "REG", "pack": "register", "path": "/enterprise/units/3", "missing": ["/enterprise/units/3/storage/storedT"]},
                  {"ruleId": "ITEM", "pack": "criteria", "path": "/enterprise/units/3", "missing": ["/enterprise/units/3/storage/storedT"]}]}
                """);
        com.fasterxml.jackson.databind.JsonNode missing = json.readTree("\"/enterprise/units/3/storage/storedT\"");
        assertThat(ReadsCoverCases.restated(expected, "register", json.readTree("\"/enterprise/units/3\""), missing)).isTrue();
        assertThat(ReadsCoverCases.restated(expected, "criteria", json.readTree("\"/enterprise/units/3\""), missing)).isTrue();
        assertThat(ReadsCoverCases.restated(expected, "register", json.readTree("\"/enterprise/units/4\""), missing)).isFalse();
        assertThat(ReadsCoverCases.restated(expected, "other", json.readTree("\"/enterprise\""), missing)).isFalse();
        // Evidence values are facts where the document holds the same value below the finding's path or above it.
        com.fasterxml.jackson.databind.JsonNode facts = json.readTree("""
                {"asOf": "2026-06-30", "enterprise": {"activities": ["production"], "people": [{"id": "P1", "roles": ["principal"]}]}}
                """);
        assertThat(ReadsCoverCases.evidenceFacts(facts, "/enterprise/people/0", json.readTree(
                "{\"person\": \"P1\", \"activities\": [\"production\"], \"roles\": [\"principal\"], \"asOf\": \"2026-06-30\", \"S\": 3}")))
                .containsExactly("/enterprise/activities", "/enterprise/people/0/roles", "/asOf");
    }

    private static final String GRADES = """
            {
              "kind": "grade-thresholds",
              "id": "test-grades",
              "source": "ord-493",
              "clause": "第三条",
              "rows": [
                { "grade": "fatal", "rule": "TST-DEATHS", "atLeast": { "deaths": 1, "seriousInjuries": 10 } },
                { "grade": "harmless", "rule": "TST-DEATHS", "atLeast": { "deaths": 0, "seriousInjuries": 0 } }
              ]
            }
            """;

    private Path packWithTable(String table) {
        Path dir = pack();
        TestPack.write(dir, "tables/grades.json", table);
        edit(dir, "pack.json", "\"tables\": []", "\"tables\": [\"tables/grades.json\"]");
        return dir;
    }

    @Test
    void bandTableOfGradeThresholdsWithoutGapOrOverlapPasses() {
        packWithTable(GRADES);
        assertThat(of(lint(root), "band-table")).isEmpty();
    }

    @Test
    void bandTableGapBelowTheLowestRow() {
        String gap = GRADES.replace("\"deaths\": 0, \"seriousInjuries\": 0", "\"deaths\": 0.5, \"seriousInjuries\": 3");
        Path dir = packWithTable(gap);
        LintProblem p = only(lint(root), "band-table", "tables/grades.json", lineOf(dir, "tables/grades.json", "\"seriousInjuries\": 3"));
        assertThat(p.message()).isEqualTo("gap: a subject with deaths below 0.5 and seriousInjuries below 3 reaches no grade (start a measure "
                + "of the lowest row at 0, or say in \"belowLowestRow\" why such subjects take no grade)");

        TestPack.write(dir, "tables/grades.json", gap.replace("\"clause\": \"第三条\",",
                "\"clause\": \"第三条\", \"belowLowestRow\": \"only accidents with deaths or 3+ serious injuries count\","));
        assertThat(of(lint(root), "band-table")).as("a gap the table explains").isEmpty();
        TestPack.write(dir, "tables/grades.json", GRADES.replace("\"deaths\": 0, \"seriousInjuries\": 0", "\"deaths\": 0, \"seriousInjuries\": 3"));
        assertThat(of(lint(root), "band-table")).as("deaths >= 0 reaches the lowest row: no gap").isEmpty();
    }

    @Test
    void bandTableOverlapWhenBoundsDoNotFall() {
        Path dir = packWithTable(GRADES.replace("\"deaths\": 0, \"seriousInjuries\": 0", "\"deaths\": 0, \"seriousInjuries\": 10"));
        List<LintProblem> found = of(lint(root), "band-table");
        assertThat(found).extracting(LintProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("overlap: seriousInjuries >= 10 is grade \"harmless\" but already grade \"fatal\" from 10"));
        assertThat(found).extracting(LintProblem::line).containsOnly(lineOf(dir, "tables/grades.json", "\"grade\": \"harmless\""));
    }

    @Test
    void bandTableRowsMustReportUnderDescribedRulesAndKindsMustBeKnown() {
        Path dir = packWithTable(GRADES.replace("\"grade\": \"harmless\", \"rule\": \"TST-DEATHS\"", "\"grade\": \"harmless\", \"rule\": \"TST-NONE\""));
        LintProblem p = only(lint(root), "band-table", "tables/grades.json", lineOf(dir, "tables/grades.json", "TST-NONE"));
        assertThat(p.message()).contains("\"TST-NONE\", which pack.json does not describe");

        TestPack.write(dir, "tables/grades.json", GRADES.replace("grade-thresholds", "curves"));
        LintProblem kind = only(lint(root), "band-table", "tables/grades.json", 2);
        assertThat(kind.message()).contains("table kind \"curves\" has no band check in lint");
    }

    /** LS scores to colours, as the four-colour pack words them: each boundary in exactly one band. */
    private static final String BANDS = """
            {
              "kind": "bands",
              "id": "ls-test",
              "rule": "TST-DEATHS",
              "source": "ord-493",
              "rows": [
                { "value": "RED", "atLeast": 15 },
                { "value": "ORANGE", "above": 8, "below": 15 },
                { "value": "YELLOW", "above": 3, "atMost": 8 },
                { "value": "BLUE", "atMost": 3 }
              ]
            }
            """;

    @Test
    void bandsTouchWithEachBoundaryInExactlyOneBand() {
        packWithTable(BANDS);
        assertThat(of(lint(root), "band-table")).isEmpty();
    }

    @Test
    void bandsGapsAndOverlaps() {
        Path dir = packWithTable(BANDS.replace("\"above\": 8, \"below\": 15", "\"above\": 9, \"atMost\": 15")
                .replace("\"above\": 3, \"atMost\": 8", "\"above\": 3, \"below\": 9")
                .replace("{ \"value\": \"BLUE\", \"atMost\": 3 }", "{ \"value\": \"BLUE\", \"atLeast\": 0, \"atMost\": 2 }")
                .replace("{ \"value\": \"RED\", \"atLeast\": 15 }", "{ \"value\": \"RED\", \"atLeast\": 15, \"atMost\": 25 }"));
        List<LintProblem> found = of(lint(root), "band-table");
        assertThat(found).extracting(p -> p.line() + " " + p.message()).containsExactly(
                lineOf(dir, "tables/grades.json", "\"RED\"") + " gap: numbers above 25 are in no band (the first row, the highest band, has no upper bound)",
                lineOf(dir, "tables/grades.json", "\"BLUE\"") + " gap: numbers below 0 are in no band (the last row, the lowest band, has no lower bound)",
                lineOf(dir, "tables/grades.json", "\"ORANGE\"") + " overlap: 15 is in both row 0 (\"RED\") (atLeast) and row 1 (\"ORANGE\") (atMost); "
                        + "one of them must exclude it (above or below)",
                lineOf(dir, "tables/grades.json", "\"YELLOW\"") + " gap: 9 itself is in no band (row 1 (\"ORANGE\") is above it, row 2 (\"YELLOW\") "
                        + "below it); one of them must include it (atLeast or atMost)",
                lineOf(dir, "tables/grades.json", "\"BLUE\"") + " gap: numbers between 2 and 3 are in no band (row 3 (\"BLUE\") ends at 2, "
                        + "row 2 (\"YELLOW\") starts at 3)");
    }

    @Test
    void profileBandsNameKnownProfilesAndBandTablesOncePerMethod() {
        Path dir = packWithTable(BANDS);
        edit(dir, "pack.json", "\"tables\": [\"tables/grades.json\"]", "\"tables\": [\"tables/grades.json\", \"tables/profiles.json\"],\n  \"profiles\": [\"strict\"]");
        TestPack.write(dir, "tables/profiles.json", """
                {
                  "kind": "profile-bands",
                  "id": "profiles",
                  "rows": [
                    { "profile": "national", "method": "LS", "table": "ls-test" },
                    { "profile": "national", "method": "LS", "table": "ls-test" },
                    { "profile": "atlantis", "method": "LS", "table": "ls-none" }
                  ]
                }
                """);
        assertThat(of(lint(root), "band-table")).extracting(LintProblem::message).containsExactly(
                "overlap: profile national names two band tables for LS",
                "profile \"atlantis\" is not a profile of the pack (national, or pack.json's \"profiles\": national, strict)",
                "\"ls-none\" is not the id of a bands table of the pack",
                "gap: profile \"strict\" names no band table for any method");
    }

    @Test
    void parametersAndDeductionSheetsAreWellFormedAndSheetsAddUp() {
        Path dir = packWithTable("""
                { "kind": "parameters", "id": "params", "values": { "years": 3, "media": ["toxic-gas"], "bad": {"x": 1} } }
                """);
        assertThat(of(lint(root), "band-table")).extracting(LintProblem::message)
                .containsExactly("parameter bad must be a number or a non-empty list of words, found {\"x\":1}");
        TestPack.write(dir, "tables/grades.json", """
                {
                  "kind": "deduction-sheet", "id": "sheet", "total": 100,
                  "items": [
                    { "rule": "TST-DEATHS", "no": "1", "points": 60, "lines": [
                      { "id": "1a", "text": { "zh": "未建立", "en": "not set up" }, "deduct": 10, "each": true } ] },
                    { "rule": "TST-DEATHS", "no": "2", "points": 30, "lines": [
                      { "id": "1a", "text": { "zh": "未落实", "en": "not done" }, "deduct": 5, "bonus": 2, "each": false } ] }
                  ]
                }
                """);
        assertThat(of(lint(root), "band-table")).extracting(LintProblem::message).containsExactly(
                "line 1a appears twice", "line 1a: give exactly one of deduct and bonus",
                "gap: the items' points add up to 90, not the sheet's total 100");
    }

    private static final String LIMITS = """
            {
              "kind": "limits",
              "id": "test-limits",
              "source": "ord-493",
              "rows": [
                { "name": "max-deaths", "value": 0, "clause": "第三条", "meaning": "An accident with more deaths than this fires." }
              ]
            }
            """;

    @Test
    void limitsAreWellFormedAndAgreeWithTheDrl() {
        Path dir = packWithTable(LIMITS);
        edit(dir, "test-pack.drl", "import dev.safegrade.internal.model.Accident;",
                "import dev.safegrade.internal.model.Accident;\nimport dev.safegrade.internal.tables.Limit;");
        edit(dir, "test-pack.drl", "$a : Accident( deaths != null, deaths > 0 )",
                "Limit( table == \"test-limits\", name == \"max-deaths\", $max : value )\n    $a : Accident( deaths != null, deaths > $max )");
        assertThat(of(lint(root), "band-table")).isEmpty();

        edit(dir, "test-pack.drl", "name == \"max-deaths\"", "name == \"most-deaths\"");
        TestPack.write(dir, "tables/grades.json", LIMITS.replace("\"rows\": [", "\"rows\": [\n    { \"name\": \"max-deaths\", \"value\": -1, "
                + "\"clause\": \"第三条\", \"meaning\": \"\" },"));
        assertThat(of(lint(root), "band-table")).extracting(p -> p.line() + " " + p.message()).containsExactly(
                lineOf(dir, "tables/grades.json", "\"value\": -1") + " limit \"max-deaths\" needs a \"value\", a number >= 0 (a count, distance or "
                        + "interval), found -1",
                lineOf(dir, "tables/grades.json", "\"value\": -1") + " limit \"max-deaths\" needs a \"meaning\" (whether a fact must stay below, "
                        + "reach or exceed it)",
                lineOf(dir, "tables/grades.json", "\"value\": 0") + " limit \"max-deaths\" has two rows for the same days (dated rows, from/until, may not overlap)",
                lineOf(dir, "tables/grades.json", "\"rows\"") + " test-pack.drl:" + lineOf(dir, "test-pack.drl", "most-deaths")
                        + " matches limit \"most-deaths\" of table test-limits, which has no such row: the pattern never matches and its rule never fires",
                lineOf(dir, "tables/grades.json", "\"value\": -1") + " limit \"max-deaths\" is matched by no Limit( table == \"test-limits\", "
                        + "name == \"max-deaths\" ) of the pack's DRL: it decides nothing");
    }

    @Test
    void anIndustriesTableListsFactsIndustriesOnceWithItsSource() {
        Path dir = packWithTable("""
                { "kind": "industries", "id": "test-industries", "source": "ord-493", "clause": "第二条",
                  "industries": ["coal-mine", "fireworks"] }
                """);
        assertThat(of(lint(root), "band-table")).isEmpty();
        TestPack.write(dir, "tables/grades.json", """
                { "kind": "industries", "id": "test-industries", "source": "ord-493",
                  "industries": ["coal-mine", "mining", "coal-mine"] }
                """);
        assertThat(of(lint(root), "band-table")).extracting(LintProblem::message).containsExactly(
                "an industries table needs \"clause\"",
                "\"mining\" is not a facts-v1 industry (known: " + String.join(", ", ((IndustriesCheck) BandTables.KINDS.get("industries")).known()) + ")",
                "\"coal-mine\" is listed twice");
    }

    @Test
    void aDeadlinesTableDatesEachRowOnceWithItsClauseAndIndustries() {
        Path dir = packWithTable("""
                { "kind": "deadlines", "id": "test-deadlines", "source": "ord-493",
                  "rows": [
                    { "name": "high-risk", "deadline": "2019-12-31", "industries": ["coal-mine", "fireworks"],
                      "clause": "第二条", "meaning": "listed industries by the end of 2019" },
                    { "name": "large", "deadline": "2020-06-30", "clause": "第二条", "meaning": "large enterprises" } ] }
                """);
        assertThat(of(lint(root), "band-table")).isEmpty();
        TestPack.write(dir, "tables/grades.json", """
                { "kind": "deadlines", "id": "test-deadlines",
                  "rows": [
                    { "name": "high-risk", "deadline": "2019-12-31", "industries": ["coal-mine", "mining", "coal-mine"],
                      "clause": "第二条", "meaning": "listed industries" },
                    { "name": "high-risk", "deadline": "2020-06-31", "clause": "", "meaning": "large enterprises" } ] }
                """);
        assertThat(of(lint(root), "band-table")).extracting(LintProblem::message).containsExactly(
                "a deadlines table needs \"source\"",
                "\"mining\" is not a facts-v1 industry (known: " + String.join(", ", ((IndustriesCheck) BandTables.KINDS.get("industries")).known()) + ")",
                "\"coal-mine\" is listed twice",
                "deadline \"high-risk\" appears twice",
                "deadline \"high-risk\" needs a \"deadline\", an ISO date (the last day allowed), found \"2020-06-31\"",
                "deadline \"high-risk\" needs a \"clause\" (the clause that sets the date)");
    }

    @Test
    void kindsWithoutBandsAreRegisteredWithTheirReason() {
        assertThat(BandTables.KINDS.get("fact-checks")).isInstanceOf(NoBands.class);
        assertThat(BandTables.KINDS.get("park-checklist")).isInstanceOf(NoBands.class);
        assertThat(BandTables.KINDS.values()).filteredOn(NoBands.class::isInstance)
                .allSatisfy(k -> assertThat(((NoBands) k).reason()).isNotBlank().doesNotContain("\n"));
        Path dir = packWithTable("""
                { "kind": "fact-checks", "id": "test-checks", "subject": "enterprise", "source": "ord-493",
                  "items": [ { "rule": "TST-DEATHS", "group": "have", "at": "/accidents",
                               "require": [ { "fact": "/accidents", "is": true } ] } ] }
                """);
        assertThat(of(lint(root), "band-table")).isEmpty();
        TestPack.write(dir, "tables/grades.json", "{ \"kind\": \"fact-lists\" }");
        assertThat(of(lint(root), "band-table")).extracting(LintProblem::message).singleElement().asString()
                .startsWith("table kind \"fact-lists\" has no band check in lint");
    }

    @Test
    void drlAllowListRejectsFileNetworkProcessReflectionClockAndRandomness() {
        Path dir = pack();
        edit(dir, "test-pack.drl", "import dev.safegrade.internal.model.Accident;",
                "import dev.safegrade.internal.model.Accident;\nimport java.io.File;\nimport java.util.*;\nimport java.util.concurrent.Executors;");
        edit(dir, "test-pack.drl", "then\n", """
                then
                    // System.exit in a comment, and "java.net.URL" in a string, are harmless
                    String note = "System.exit(1)";
                    java.net.URL url = null;
                    System.exit(1);
                    Object c = Class.forName("java.lang.Runtime");
                    java.time.LocalDate today = java.time.LocalDate.now();
                """);
        List<LintProblem> found = of(lint(root), "drl-allow-list");
        assertThat(found).allSatisfy(p -> assertThat(p.file()).endsWith("test-pack.drl"));
        assertThat(found).extracting(p -> p.line() + " " + p.message().substring(0, p.message().indexOf(" is "))).containsExactly(
                lineOf(dir, "test-pack.drl", "java.io.File") + " import java.io.File",
                lineOf(dir, "test-pack.drl", "java.util.concurrent") + " import java.util.concurrent.Executors",
                lineOf(dir, "test-pack.drl", "java.net.URL url") + " java.net.URL",
                lineOf(dir, "test-pack.drl", "    System.exit") + " `System`",
                lineOf(dir, "test-pack.drl", "Class.forName") + " `Class`",
                lineOf(dir, "test-pack.drl", "Class.forName") + " `.forName(`",
                lineOf(dir, "test-pack.drl", ".now()") + " `.now(`");
        assertThat(found.get(0).message()).endsWith("(no file, network, process, reflection, clock or randomness)");
    }

    @Test
    void drlAllowListAdmitsWhatRulesUse() throws Exception {
        Path dir = pack();
        Files.copy(Path.of("rules/accident-grading/accident-grading.drl"), dir.resolve("test-pack.drl"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(of(lint(root), "drl-allow-list")).isEmpty();
        assertThat(DrlAllowList.allowed("dev.safegrade.internal.tables.MajorHazardAssessment")).isTrue();
        assertThat(DrlAllowList.allowed("java.math.BigDecimal")).isTrue();
        assertThat(DrlAllowList.allowed("dev.safegrade.internal.calc.Exact")).isTrue();
        assertThat(DrlAllowList.allowed("dev.safegrade.internal.logic.Tri")).as("three-valued item logic").isTrue();
        assertThat(DrlAllowList.allowed("dev.safegrade.internal.logic.Tri")).as("three-valued item logic").isTrue();
        assertThat(DrlAllowList.allowed("dev.safegrade.internal.rules.Tri")).as("the retired twin package").isFalse();
        assertThat(DrlAllowList.allowed("dev.safegrade.internal.engine.Outcome")).as("a DRL function may take out").isTrue();
        assertThat(DrlAllowList.allowed("dev.safegrade.internal.engine.Evaluator")).isFalse();
        assertThat(DrlAllowList.allowed("java.util.Random")).isFalse();
        assertThat(DrlAllowList.allowed("java.lang.reflect.Method")).isFalse();
    }

    @Test
    void drlCompilesReportsDroolsErrorsWithFileAndLine() {
        Path dir = pack();
        edit(dir, "test-pack.drl", "$a : Accident( deaths != null, deaths > 0 )", "$a : NoSuchFact( )");
        LintProblem p = only(lint(root), "drl-compiles", "test-pack.drl", lineOf(dir, "test-pack.drl", "NoSuchFact"));
        assertThat(p.message()).contains("DRL does not compile").contains("NoSuchFact");
    }

    @Test
    void drlCompilesWantsEveryIdLikeRuleDescribed() {
        Path dir = pack();
        TestPack.write(dir, "test-pack.drl", TestPack.DRL + "\nrule \"TST-UNDESCRIBED\"\nwhen\n    $a : Accident( )\nthen\nend\n");
        LintProblem p = only(lint(root), "drl-compiles", "pack.json", 0);
        assertThat(p.message()).contains("\"TST-UNDESCRIBED\" is not described in pack.json");
    }

    @Test
    void messagePlaceholdersAreFilled() {
        Path dir = pack();
        edit(dir, "pack.json", "\"Accident {accident}: {deaths} deaths.\"", "\"Accident {accident}: {deaths} deaths ({grade}).\"");
        TestPack.bless(dir);
        LintProblem unfilled = only(lint(root), "message-placeholders", "pack.json", lineOf(dir, "pack.json", "\"message\""));
        assertThat(unfilled.message()).isEqualTo("rule TST-DEATHS gives no evidence for [grade] of its message (still unfilled in golden case fatal)");
    }

    @Test
    void goldenCasesShowEveryRuleFiringAndSilent() throws Exception {
        Path dir = pack();
        Files.delete(dir.resolve("cases/harmless.facts.json"));
        LintProblem p = only(lint(root), "golden-cases", "pack.json", lineOf(dir, "pack.json", "\"TST-DEATHS\""));
        assertThat(p.message()).isEqualTo("rule TST-DEATHS fires in every golden case: add a case where it does not");

        Files.delete(dir.resolve("cases/fatal.facts.json"));
        assertThat(of(lint(root), "golden-cases")).extracting(LintProblem::message).containsExactly("the pack has no golden cases "
                + "(cases/<name>.facts.json with <name>.expected.json)");
        TestPack.write(dir, "cases/other.facts.json", TestPack.FACTS.formatted(0));
        assertThat(of(lint(root), "golden-cases")).extracting(LintProblem::message).containsExactly(
                "golden case other has no readable other.expected.json");
        TestPack.write(dir, "cases/fatal.facts.json", TestPack.FACTS.formatted(2));
        TestPack.write(dir, "cases/fatal.expected.json", "{\"findings\": []}");
        assertThat(of(lint(root), "golden-cases")).extracting(LintProblem::message).containsExactly(
                "golden case other has no readable other.expected.json", "rule TST-DEATHS fires in no golden case: add a case where it fires");
    }

    @Test
    void versionRecordedSaysWhichBumpAChangeNeeds() {
        Path dir = pack();
        edit(dir, "test-pack.drl", "deaths > 0", "deaths > 1");
        LintProblem p = only(lint(root), "version-recorded", "pack.json", lineOf(dir, "pack.json", "\"version\""));
        assertThat(p.message()).contains("changed since version 1.0.0 was recorded (~test-pack.drl)").contains("a major change")
                .contains("set \"version\" to 2.0.0").contains("packs release");

        edit(dir, "pack.json", "\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"");
        assertThat(only(lint(root), "version-recorded", "pack.json", 3).message())
                .contains("version 1.0.1 is a patch bump from 1.0.0, but the changes since (~test-pack.drl) are a major change");

        edit(dir, "pack.json", "\"version\": \"1.0.1\"", "\"version\": \"2.0.0\"");
        assertThat(only(lint(root), "version-recorded", "pack.json", 3).message()).startsWith("version 2.0.0 is not recorded in versions.json");
    }
}
