package dev.safegrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.safegrade.Finding;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** examples/chemical-park.json under the park packs: what the example is meant to show. */
class ChemicalParkExampleTest {
    private static final Report REPORT = SafeGrade.builder().packs("park-ten-haves", "park-risk").build()
            .evaluate(Path.of("examples/chemical-park.json"));

    @Test
    void lacksThreeHavesAllOverdueAndViolatesNoProhibition() {
        Map<?, ?> tenHaves = (Map<?, ?>) REPORT.grade("parkTenHaves").orElseThrow();
        assertThat(tenHaves.get("haves")).isEqualTo(7);
        assertThat(tenHaves.get("missing")).isEqualTo(List.of("PARK-10H-04", "PARK-10H-05", "PARK-10H-09"));
        assertThat(tenHaves.get("overdue")).isEqualTo(tenHaves.get("missing"));
        assertThat(tenHaves.get("prohibitionsViolated")).isEqualTo(List.of());
        assertThat(tenHaves.get("undecided")).isEqualTo(List.of());
        assertThat(REPORT.findings()).extracting(Finding::ruleId, f -> f.severity().id())
                .containsExactly(tuple("PARK-10H-04", "high"), tuple("PARK-10H-05", "high"), tuple("PARK-10H-09", "high"));
    }

    @Test
    void leavesTheClassUndecidedBetweenCAndDUnderThe2023Guide() {
        Map<?, ?> risk = (Map<?, ?>) REPORT.grade("parkRisk").orElseThrow();
        // rows 1–4: 5 + 5 + 5 + 8 = 23 (their maxima); rows 5–12 (not described by the reference): 53.5. Rows not listed
        // are unknown and may hold the 23.5 points left of 100: 76.5 (C) … 100 (D), so no class is decided.
        assertThat(new BigDecimal(risk.get("score").toString())).isEqualByComparingTo("76.5");
        Map<?, ?> range = (Map<?, ?>) risk.get("scoreRange");
        assertThat(new BigDecimal(range.get("min").toString())).isEqualByComparingTo("76.5");
        assertThat(new BigDecimal(range.get("max").toString())).isEqualByComparingTo("100");
        assertThat(risk.get("class")).isNull();
        assertThat(risk.get("decided")).isEqualTo(false);
        assertThat(risk.get("classRange")).isEqualTo(Map.of("best", "D", "worst", "C"));
        assertThat(risk.get("uncheckedRows")).isEqualTo(List.of(5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(REPORT.findings()).noneMatch(f -> f.ruleId().equals("PARK-RISK-2023"));
        assertThat(REPORT.notEvaluated()).singleElement().satisfies(n -> {
            assertThat(n.ruleId()).isEqualTo("PARK-RISK-2023");
            assertThat(n.missing()).containsExactly("/park/checklist");
        });
    }
}
