package dev.safegrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Waivers: a finding accepted on the record moves to {@code waived} with its waiver; an expired, not yet valid or
 * unmatched waiver is a notice; a 重大事故隐患 item or a 禁 cannot be waived; a bad file stops before evaluation.
 */
class WaiversTest {
    private static final Path EXAMPLE = Path.of("examples/metal-smelter.json");
    private static final Path WAIVERS = Path.of("examples/waivers/metal-smelter.waivers.json");
    private static final Schema REPORT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(FactsSchema.text(FactsSchema.REPORT_RESOURCE));

    @Test
    void aWaivedFindingMovesToWaivedWithItsWaiverAndAnExpiredOneIsANotice() throws Exception {
        Report without = SafeGrade.builder().build().evaluate(EXAMPLE);
        Report with = SafeGrade.builder().waivers(Waivers.parse(WAIVERS)).build().evaluate(EXAMPLE); // asOf 2026-06-30
        assertThat(with.findings()).hasSize(without.findings().size() - 1).noneMatch(f -> f.ruleId().equals("OBL-SLI-03"));
        assertThat(with.waived()).singleElement().satisfies(w -> {
            assertThat(w.finding()).isEqualTo(without.findings().stream().filter(f -> f.ruleId().equals("OBL-SLI-03")).findFirst().orElseThrow());
            assertThat(w.waiver().approvalDocument()).isEqualTo("市应急局〔2026〕12号");
        });
        // OBL-COM-SX-02's waiver ended on 2026-03-31: the finding is a finding again, and the waiver is told as expired.
        assertThat(with.findings()).anyMatch(f -> f.ruleId().equals("OBL-COM-SX-02"));
        assertThat(with.waiverNotices()).extracting(n -> n.status() + " " + n.waiver().rule()).containsExactly("EXPIRED OBL-COM-SX-02");
        assertThat(REPORT.validate(Json.mapper().readTree(with.toJson()))).as("schema errors").isEmpty();
        assertThat(with.toText(Language.EN)).contains("Waived (1)", "[expired] OBL-COM-SX-02");
    }

    @Test
    void theSameWaiverAfterItsLastDayWaivesNothing() {
        Report later = SafeGrade.builder().waivers(Waivers.parse(WAIVERS)).asOf(LocalDate.of(2026, 10, 1)).build().evaluate(EXAMPLE);
        assertThat(later.waived()).isEmpty();
        assertThat(later.findings()).anyMatch(f -> f.ruleId().equals("OBL-SLI-03"));
        assertThat(later.waiverNotices()).extracting(n -> n.status() + " " + n.waiver().rule())
                .containsExactly("EXPIRED OBL-SLI-03", "EXPIRED OBL-COM-SX-02");
        Report lastDay = SafeGrade.builder().waivers(Waivers.parse(WAIVERS)).asOf(LocalDate.of(2026, 9, 30)).build().evaluate(EXAMPLE);
        assertThat(lastDay.waived()).hasSize(1); // the last day is included
        Report before = SafeGrade.builder().waivers(Waivers.parse(WAIVERS)).asOf(LocalDate.of(2025, 12, 31)).build().evaluate(EXAMPLE);
        assertThat(before.waiverNotices()).extracting(WaiverNotice::status).containsOnly(WaiverNotice.Status.NOT_YET_VALID);
    }

    @Test
    void aWaiverOfAnotherPathOrRuleMatchesNothingAndSaysSo() {
        Waivers w = Waivers.parse("""
                {"waiversVersion": 1, "waivers": [{"rule": "OBL-SLI-03", "subject": "91610131MA6TG1C432", "path": "/enterprise/units/0",
                 "justification": "j", "approvedBy": "a", "approvalDocument": "d", "validFrom": "2026-01-01", "validUntil": "2026-12-31"},
                 {"rule": "OBL-SLI-03", "subject": "91610526MA6YH7Q30N",
                 "justification": "j", "approvedBy": "a", "approvalDocument": "d", "validFrom": "2026-01-01", "validUntil": "2026-12-31"}]}
                """, "w.json");
        Report r = SafeGrade.builder().waivers(w).build().evaluate(EXAMPLE);
        assertThat(r.waived()).isEmpty();
        // the other subject's waiver is not this report's business
        assertThat(r.waiverNotices()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(WaiverNotice.Status.UNMATCHED);
            assertThat(n.waiver().path()).isEqualTo(Optional.of("/enterprise/units/0"));
        });
    }

    @Test
    void aMajorAccidentHazardOrAProhibitionCannotBeWaived() {
        Waivers w = Waivers.parse("""
                {"waiversVersion": 1, "waivers": [
                  {"rule": "MHC-CHEM-2017-05", "subject": "91610526MA6YH7Q30N", "justification": "整改中", "approvedBy": "a",
                   "approvalDocument": "d", "validFrom": "2026-01-01", "validUntil": "2026-12-31"},
                  {"rule": "PARK-2P-01", "subject": "p", "justification": "j", "approvedBy": "a",
                   "approvalDocument": "d", "validFrom": "2026-01-01", "validUntil": "2026-12-31"},
                  {"rule": "OBL-SLI-04", "subject": "p", "justification": "j", "approvedBy": "a",
                   "approvalDocument": "d", "validFrom": "2026-01-01", "validUntil": "2026-12-31"}]}
                """, "w.json");
        InvalidWaiversException e = catchThrowableOfType(InvalidWaiversException.class, () -> SafeGrade.builder().waivers(w).build());
        assertThat(e.problems()).extracting(InputProblem::pointer).containsExactly("/waivers/0/rule", "/waivers/1/rule", "/waivers/2/rule");
        assertThat(e.problems().get(0).found()).contains("重大事故隐患");
        assertThat(e.problems().get(0).line()).isEqualTo(2);
        assertThat(e.problems().get(1).found()).contains("禁");
        assertThat(e.problems().get(2).hint()).isEqualTo("did you mean OBL-SLI-01?");
    }

    @Test
    void aMalformedFileIsLocated() {
        InvalidWaiversException e = catchThrowableOfType(InvalidWaiversException.class, () -> Waivers.parse("""
                {"waiversVersion": 1, "waivers": [{"rule": "OBL-SLI-03", "subject": "x", "justification": "j", "approvedBy": "a",
                  "approvalDocument": "d", "validFrom": "2026-09-30", "validUntil": "2026-02-30", "until": 1}]}
                """, "w.json"));
        assertThat(e.problems()).extracting(InputProblem::pointer).containsExactly("/waivers/0/until");
        InvalidWaiversException dates = catchThrowableOfType(InvalidWaiversException.class, () -> Waivers.parse("""
                {"waiversVersion": 1, "waivers": [{"rule": "OBL-SLI-03", "subject": "x", "justification": "j", "approvedBy": "a",
                  "approvalDocument": "d", "validFrom": "2026-09-30", "validUntil": "2026-02-28"}]}
                """, "w.json"));
        assertThat(dates.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/waivers/0/validUntil");
            assertThat(p.expected()).contains("on or after validFrom (2026-09-30)");
            assertThat(p.line()).isEqualTo(2);
        });
        assertThat(catchThrowableOfType(InvalidWaiversException.class, () -> Waivers.parse("{", "w.json")).problems()).hasSize(1);
        assertThat(Waivers.parse(WAIVERS).list()).extracting(Waiver::rule).containsExactly("OBL-SLI-03", "OBL-COM-SX-02");
    }
}
