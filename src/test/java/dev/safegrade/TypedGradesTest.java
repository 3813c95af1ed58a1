package dev.safegrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed accessors of the grades callers use most read what the grade map (and so the JSON) says. */
class TypedGradesTest {
    private static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();

    @Test
    void enterpriseGrades() {
        Report r = SAFE_GRADE.evaluate(Path.of("examples/hazchem-producer.json"));
        RiskColorGrade colour = r.riskColor().orElseThrow();
        assertThat(colour.value()).contains(RiskColor.RED);
        assertThat(colour.complete()).isTrue();
        assertThat(colour.decidedBy()).startsWith("riskPoint:RP01").contains("hazard:H2026-002");
        assertThat(colour.range()).contains(new ColorRange(RiskColor.RED, RiskColor.RED));

        List<RiskPointGrade> points = r.riskPoints();
        assertThat(points).hasSize(((List<?>) r.grades().get("riskPoints")).size());
        assertThat(points.get(0)).isEqualTo(new RiskPointGrade("RP01", Optional.of(RiskColor.RED), Optional.of("LEC"),
                Optional.of(new BigDecimal("900")), List.of("RISK-POINT-DIRECT-3"), true));

        assertThat(r.majorHazardSources()).containsExactly(
                new MajorHazardSource("U01", new BigDecimal("19"), new BigDecimal("60"), new BigDecimal("2"), 2),
                new MajorHazardSource("U02", new BigDecimal("1.6"), new BigDecimal("9.6"), new BigDecimal("1.5"), 4));

        ChemDiagnosisGrade diagnosis = r.chemEnterpriseRisk().orElseThrow();
        assertThat(diagnosis.score()).contains(new BigDecimal("69.2"));
        assertThat(diagnosis.color()).contains(RiskColor.ORANGE);
        assertThat(diagnosis.directRed()).isEmpty();
        assertThat(diagnosis.complete()).isTrue();
        assertThat(r.parkRisk()).isEmpty();
    }

    @Test
    void standardizationStanding() {
        Report r = SAFE_GRADE.evaluate(Path.of("examples/metal-smelter.json"));
        assertThat(r.standardization()).contains(new StandardizationGrade(2, Optional.of("mem-2021"), Optional.of(LocalDate.of(2024, 1, 15)),
                LocalDate.of(2027, 1, 15), true, Optional.empty(),
                List.of("STD-83-REVOKE-FATAL", "STD-83-REVOKE-HAZARD", "STD-83-REVOKE-INJURY-LOSS", "STD-83-REVOKE-LISTED")));
        assertThat(SAFE_GRADE.evaluate(Path.of("examples/hazchem-producer.json")).standardization()) // awarded 2022-05-10
                .hasValueSatisfying(g -> assertThat(g.validUntil()).isEqualTo(LocalDate.of(2025, 5, 10)))
                .hasValueSatisfying(g -> assertThat(g.valid()).isFalse());
        assertThat(SAFE_GRADE.evaluate(Path.of("examples/chemical-park.json")).standardization()).isEmpty();
        assertThatThrownBy(report(Map.of("standardization", Map.of("grade", 2, "validUntil", "2027-01-15")))::standardization)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"valid\"");
    }

    @Test
    void anUndecidedParkClassHasItsRanges() {
        Report park = SAFE_GRADE.evaluate(Path.of("examples/chemical-park.json"));
        ParkRiskGrade risk = park.parkRisk().orElseThrow();
        assertThat(risk.parkClass()).isEmpty();
        assertThat(risk.classRange()).contains(new ParkRiskGrade.ClassRange("D", "C"));
        assertThat(risk.score()).isEqualByComparingTo("76.5");
        assertThat(risk.scoreRange()).contains(new ScoreRange(new BigDecimal("76.5"), Optional.of(new BigDecimal("100"))));
        assertThat(risk.edition()).isEqualTo("2023");
        assertThat(risk.bandsConfirmed()).isTrue();
        assertThat(park.riskColor()).isEmpty();
        assertThat(park.riskPoints()).isEmpty();
        assertThat(park.majorHazardSources()).isEmpty();
        assertThat(park.chemEnterpriseRisk()).isEmpty();
    }

    @Test
    void anUndecidedColourHasNoValueButItsRange() {
        Report r = report(Map.of("riskColor", Map.of("value", "x", "complete", false)));
        assertThatThrownBy(r::riskColor).isInstanceOf(IllegalStateException.class).hasMessageContaining("value"); // not a colour
        java.util.Map<String, Object> undecided = new java.util.LinkedHashMap<>();
        undecided.put("value", null);
        undecided.put("decidedBy", List.of());
        undecided.put("complete", false);
        undecided.put("colorRange", Map.of("best", "BLUE", "worst", "RED"));
        RiskColorGrade g = report(Map.of("riskColor", undecided)).riskColor().orElseThrow();
        assertThat(g).isEqualTo(new RiskColorGrade(Optional.empty(), List.of(), false, Optional.of(new ColorRange(RiskColor.BLUE, RiskColor.RED))));
    }

    @Test
    void aGradeNotInReportV1sShapeIsAnError() {
        assertThatThrownBy(report(Map.of("riskPoints", "RED"))::riskPoints).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("riskPoints");
        assertThatThrownBy(report(Map.of("majorHazardSources", List.of(Map.of("unit", "U1"))))::majorHazardSources)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"S\"");
    }

    private static Report report(Map<String, Object> grades) {
        return new Report("0", new Subject("enterprise", "x", "x"), LocalDate.of(2026, 1, 1), "national", List.of(),
                new InputRef("x.json", "sha256:0"), grades, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
