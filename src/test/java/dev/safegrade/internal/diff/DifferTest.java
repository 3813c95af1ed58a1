package dev.safegrade.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of matching and of reasons on small hand-made summaries (the golden cases in DiffCommandTest use real
 * evaluations): a grade's pack reason names only the packs that declare it, a grade no pack declares takes any pack
 * change, a finding reported twice for one element is two findings, and the date explains only what facts do not.
 */
class DifferTest {
    private static final Map<String, Set<String>> GRADE_PACKS = Map.of("riskColor", Set.of("four-colour"));

    private static ReportSummary report(String asOf, String digest, Map<String, ReportSummary.PackRef> packs, Map<String, String> grades, FindingRef... findings) {
        Map<String, FindingRef> byId = new LinkedHashMap<>();
        for (FindingRef f : findings) {
            byId.put(f.identity(), f);
        }
        return new ReportSummary("r.json", 1, "enterprise", "91610000000000000X", "x", asOf, packs, "-", digest, grades, byId);
    }

    private static Map<String, ReportSummary.PackRef> packs(String fourColour, String insurance) {
        Map<String, ReportSummary.PackRef> out = new LinkedHashMap<>();
        out.put("four-colour", new ReportSummary.PackRef("four-colour", fourColour, "sha256:fc" + fourColour));
        out.put("insurance", new ReportSummary.PackRef("insurance", insurance, "sha256:in" + insurance));
        return out;
    }

    private static FindingRef finding(String ruleId, String path, int occurrence, String pack, String severity) {
        return new FindingRef(ruleId, path, occurrence, pack, severity, null, "标题", "title");
    }

    private static Changes.Diff diff(ReportSummary before, ReportSummary after) {
        return new Differ(GRADE_PACKS).diff(new ReportReader.Side("old", List.of(before), 0), new ReportReader.Side("new", List.of(after), 0), null, null);
    }

    @Test
    void aGradesPackReasonNamesOnlyThePacksThatDeclareItAndAnUndeclaredGradeTakesAny() {
        Changes.Diff d = diff(report("2026-06-30", "sha256:a", packs("4.0.0", "1.0.0"), Map.of("riskColor", "RED", "parkRisk.class", "A")),
                report("2026-06-30", "sha256:a", packs("4.1.0", "1.1.0"), Map.of("riskColor", "ORANGE", "parkRisk.class", "B")));
        Map<String, Changes.GradeChange> grades = new LinkedHashMap<>();
        d.subjects().get(0).grades().forEach(g -> grades.put(g.name(), g));
        assertThat(grades).containsOnlyKeys("riskColor", "parkRisk.class");
        Reason.Packs riskColor = (Reason.Packs) grades.get("riskColor").reasons().get(0);
        assertThat(riskColor.packs()).extracting(Reason.PackChange::id).containsExactly("four-colour");
        Reason.Packs park = (Reason.Packs) grades.get("parkRisk.class").reasons().get(0);
        assertThat(park.packs()).extracting(Reason.PackChange::id).containsExactly("four-colour", "insurance");
    }

    @Test
    void aSecondFindingOfOneRuleAndPathIsAFindingOfItsOwn() {
        Changes.Diff d = diff(report("2026-06-30", "sha256:a", packs("4.0.0", "1.0.0"), Map.of(), finding("HAZ-REG-UNRECORDED", "/enterprise/units/0", 1, "four-colour", "high"),
                        finding("HAZ-REG-UNRECORDED", "/enterprise/units/0", 2, "four-colour", "high")),
                report("2026-06-30", "sha256:b", packs("4.0.0", "1.0.0"), Map.of(), finding("HAZ-REG-UNRECORDED", "/enterprise/units/0", 1, "four-colour", "high")));
        Changes.SubjectDiff s = d.subjects().get(0);
        assertThat(s.stillOpen()).hasSize(1);
        assertThat(s.findings()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Changes.Kind.CLOSED);
            assertThat(c.before().occurrence()).isEqualTo(2);
            assertThat(c.cleared()).isTrue();
            assertThat(((Reason.Facts) c.reasons().get(0)).scope()).isEqualTo("unavailable");
        });
    }

    @Test
    void theDateExplainsAChangeOnlyWhenNoPackOfItAndNoFactChanged() {
        FindingRef lapsed = finding("STD-LAPSED", "/enterprise/standardization", 1, "standardization", "medium");
        FindingRef sli = finding("OBL-SLI-02", "/enterprise/insurance", 1, "insurance", "high");
        Changes.Diff d = diff(report("2025-01-01", "sha256:a", packs("4.0.0", "1.0.0"), Map.of()),
                report("2026-06-30", "sha256:a", packs("4.0.0", "1.1.0"), Map.of(), lapsed, sli));
        List<Changes.FindingChange> opened = d.subjects().get(0).findings();
        assertThat(opened).extracting(c -> c.finding().ruleId()).containsExactly("OBL-SLI-02", "STD-LAPSED");
        assertThat(opened.get(0).reasons()).extracting(Reason::kind).containsExactly("packs");
        assertThat(opened.get(1).reasons()).containsExactly(new Reason.AsOf("2025-01-01", "2026-06-30"));
        assertThat(Differ.newAtOrAbove(d, Severity.HIGH)).isTrue();
        assertThat(Differ.newAtOrAbove(d, Severity.CRITICAL)).isFalse();
    }

    @Test
    void factsThatChangedElsewhereAreListedAndLeaveTheDateAsAReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String before = "{\"enterprise\": {\"a\": 1, \"b\": {\"c\": true}}}";
        String after = "{\"enterprise\": {\"a\": 2, \"b\": {\"c\": true}}}";
        java.nio.file.Files.writeString(dir.resolve("before.json"), before);
        java.nio.file.Files.writeString(dir.resolve("after.json"), after);
        String reportFile = dir.resolve("r.json").toString();
        FindingRef onB = finding("STD-LAPSED", "/enterprise/b", 1, "standardization", "medium");
        FindingRef onA = finding("OBL-SLI-01", "/enterprise/a", 1, "insurance", "high");
        ReportSummary o = new ReportSummary(reportFile, 1, "enterprise", "X", null, "2026-06-30", packs("4.0.0", "1.0.0"), "before.json",
                dev.safegrade.internal.facts.FactReader.digestOf(before.getBytes()), Map.of(), Map.of(onB.identity(), onB, onA.identity(), onA));
        ReportSummary n = new ReportSummary(reportFile, 1, "enterprise", "X", null, "2027-06-30", packs("4.0.0", "1.0.0"), "after.json",
                dev.safegrade.internal.facts.FactReader.digestOf(after.getBytes()), Map.of(), Map.of());
        List<Changes.FindingChange> closed = diff(o, n).subjects().get(0).findings();
        assertThat(closed).extracting(c -> c.finding().ruleId()).containsExactly("OBL-SLI-01", "STD-LAPSED");
        assertThat(closed.get(0).reasons()).containsExactly(new Reason.Facts("path", List.of("/enterprise/a"), 0));
        assertThat(closed.get(1).reasons()).containsExactly(new Reason.Facts("elsewhere", List.of("/enterprise/a"), 0),
                new Reason.AsOf("2026-06-30", "2027-06-30"));
        assertThat(new Wording(false).reason(closed.get(1).reasons().get(0))).isEqualTo("facts changed elsewhere: /enterprise/a");
    }

    @Test
    void aSeverityThatRoseCountsForFailOnNewAndOneThatFellDoesNot() {
        FindingRef low = finding("RISK-POINT-LS", "/enterprise/riskPoints/7", 1, "four-colour", "low");
        FindingRef high = finding("RISK-POINT-LS", "/enterprise/riskPoints/7", 1, "four-colour", "high");
        ReportSummary before = report("2026-06-30", "sha256:a", packs("4.0.0", "1.0.0"), Map.of(), low);
        ReportSummary after = report("2026-06-30", "sha256:b", packs("4.0.0", "1.0.0"), Map.of(), high);
        assertThat(diff(before, after).subjects().get(0).findings()).extracting(Changes.FindingChange::kind).containsExactly(Changes.Kind.CHANGED);
        assertThat(Differ.newAtOrAbove(diff(before, after), Severity.HIGH)).isTrue();
        assertThat(Differ.newAtOrAbove(diff(after, before), Severity.INFO)).isFalse();
    }
}
