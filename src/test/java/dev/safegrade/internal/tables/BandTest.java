package dev.safegrade.internal.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandTest {
    private static List<Band> bands(String json) throws Exception {
        JsonNode table = Json.mapper().readTree(json);
        return Band.facts("p", "t.json", table).stream().map(Band.class::cast).toList();
    }

    private static String valueAt(List<Band> bands, double x) {
        List<String> hits = bands.stream().filter(b -> b.covers(x)).map(Band::getValue).toList();
        assertThat(hits).as("bands covering %s", x).hasSize(1);
        return hits.get(0);
    }

    @Test
    void upperInclusiveBoundsPutTheBoundaryInTheLowerBand() throws Exception {
        List<Band> b = bands("""
                {"id": "t", "rows": [{"value": "RED", "above": 320}, {"value": "ORANGE", "above": 160, "atMost": 320},
                                     {"value": "BLUE", "atMost": 160}]}""");
        assertThat(valueAt(b, 320)).isEqualTo("ORANGE");
        assertThat(valueAt(b, 320.0001)).isEqualTo("RED");
        assertThat(valueAt(b, 160)).isEqualTo("BLUE");
        assertThat(b.get(1).getBounds()).isEqualTo("(160, 320]");
    }

    @Test
    void lowerInclusiveBoundsPutTheBoundaryInTheHigherBand() throws Exception {
        List<Band> b = bands("""
                {"id": "t", "rows": [{"value": "1", "atLeast": 100}, {"value": "2", "atLeast": 50, "below": 100},
                                     {"value": "3", "below": 50}]}""");
        assertThat(valueAt(b, 100)).isEqualTo("1");
        assertThat(valueAt(b, 99.99)).isEqualTo("2");
        assertThat(valueAt(b, 50)).isEqualTo("2");
        assertThat(valueAt(b, 49.99)).isEqualTo("3");
    }

    @Test
    void rowsThatLeaveAGapOrOverlapAreRejected() {
        assertThatThrownBy(() -> bands("""
                {"id": "t", "rows": [{"value": "RED", "above": 320}, {"value": "ORANGE", "above": 160, "atMost": 300},
                                     {"value": "BLUE", "atMost": 160}]}"""))
                .isInstanceOf(PackException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> bands("""
                {"id": "t", "rows": [{"value": "RED", "atLeast": 320}, {"value": "ORANGE", "atMost": 320}]}"""))
                .isInstanceOf(PackException.class).hasMessageContaining("row 1");
    }

    @Test
    void theTableMustCoverEveryNumber() {
        assertThatThrownBy(() -> bands("""
                {"id": "t", "rows": [{"value": "RED", "above": 20, "atMost": 30}, {"value": "BLUE", "atMost": 20}]}"""))
                .isInstanceOf(PackException.class).hasMessageContaining("row 0");
        assertThatThrownBy(() -> bands("""
                {"id": "t", "rows": [{"value": "RED", "above": 20}, {"value": "BLUE", "above": 0, "atMost": 20}]}"""))
                .isInstanceOf(PackException.class).hasMessageContaining("no lower bound");
    }
}
