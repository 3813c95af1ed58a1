package dev.safegrade.internal.logic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safegrade.internal.model.Mine;
import org.junit.jupiter.api.Test;

/** The bounds criteria items state: strict below, inclusive at least, and a share over a design value in decimal. */
class TriBoundsTest {
    private static Mine.OpenPit pit(String json) throws Exception {
        return new ObjectMapper().readValue(json, Mine.OpenPit.class);
    }

    @Test
    void lessThanExcludesTheBoundAndAtLeastIncludesIt() throws Exception {
        Mine.OpenPit p = pit("{\"slopeHeightM\": 200}");
        assertThat(Tri.lessThan(p, "slopeHeightM", 200).isFalse()).isTrue();
        assertThat(Tri.lessThan(p, "slopeHeightM", 200.1).isTrue()).isTrue();
        assertThat(Tri.atLeast(p, "slopeHeightM", 200).isTrue()).isTrue();
        assertThat(Tri.atLeast(p, "slopeHeightM", 200.1).isFalse()).isTrue();
        assertThat(Tri.atLeast(p, "closedCircleDepthM", 30).missing()).containsExactly("/closedCircleDepthM");
    }

    @Test
    void exceedsByAtLeastHoldsAtTheShareExactly() throws Exception {
        String key = "uphillRoadGradientPct";
        String design = "designUphillRoadGradientPct";
        assertThat(Tri.exceedsByAtLeast(pit("{\"uphillRoadGradientPct\": 8.8, \"designUphillRoadGradientPct\": 8}"), key, design, 0.1).isTrue()).isTrue();
        assertThat(Tri.exceedsByAtLeast(pit("{\"uphillRoadGradientPct\": 8.79, \"designUphillRoadGradientPct\": 8}"), key, design, 0.1).isFalse()).isTrue();
        assertThat(Tri.exceedsByAtLeast(pit("{\"uphillRoadGradientPct\": 8}"), key, design, 0.1).missing()).containsExactly("/" + design);
        assertThat(Tri.exceedsByAtLeast(pit("{\"uphillRoadGradientPct\": 8.8, \"designUphillRoadGradientPct\": 8}"), key, design, 0.1).read())
                .containsEntry("uphillRoadGradientPct", 8.8).containsEntry("designUphillRoadGradientPct", 8.0);
    }
}
