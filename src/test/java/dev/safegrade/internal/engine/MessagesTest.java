package dev.safegrade.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.Text;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Map<String, Object> evidence(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aCountAgreesWithItsNoun() {
        Text t = new Text("死亡 {deaths} 人", "{deaths|death|deaths}, {seriousInjuries|serious injury|serious injuries}");
        assertThat(Messages.fill(t, evidence("deaths", 1, "seriousInjuries", 0)).en()).isEqualTo("1 death, 0 serious injuries");
        assertThat(Messages.fill(t, evidence("deaths", 3, "seriousInjuries", 1)).en()).isEqualTo("3 deaths, 1 serious injury");
        assertThat(Messages.fill(t, evidence("deaths", 1.0, "seriousInjuries", null)).en())
                .isEqualTo("1 death, an unknown number of serious injuries");
        assertThat(Messages.fill(t, evidence("deaths", 1)).zh()).isEqualTo("死亡 1 人");
    }

    @Test
    void aMissingKeyStaysVisible() {
        Text t = new Text("{a}", "{a|one|other}");
        assertThat(Messages.fill(t, Map.of())).isEqualTo(new Text("{a}", "{a|one|other}"));
    }

    @Test
    void chineseShowsFactsInChinese() {
        Text t = new Text("{relation}：{unifiedCoordination}；{hazardTypes}；{decidedBy}；{unmet}；{x}",
                "{relation}: {unifiedCoordination}; {hazardTypes}; {decidedBy}; {unmet}; {x}");
        Text filled = Messages.fill(t, evidence("relation", "tenant", "unifiedCoordination", false,
                "hazardTypes", List.of("fire", "explosion"), "decidedBy", List.of("regularSafetyInspection"),
                "unmet", List.of("/park/utilities/hazWaste", "/park/hazmatParking/exists"), "x", Arrays.asList((Object) null)));
        assertThat(filled.zh()).isEqualTo("承租单位：否；火灾、爆炸；定期安全检查；危险废物处置、危险化学品车辆专用停车场·已建成；未知");
        assertThat(filled.en()).isEqualTo("tenant: false; fire, explosion; regular safety inspection; "
                + "/park/utilities/hazWaste, /park/hazmatParking/exists; unknown");
    }

    @Test
    void aKeyNamesWhichEnumItsValueIsFrom() {
        // "construction" is an industry (建筑施工) and a mine's stage (新建（基建）)
        Text t = new Text("{stage}矿井", "{stage} mine");
        assertThat(Messages.fill(t, evidence("stage", "construction")).zh()).isEqualTo("新建（基建）矿井");
    }

    @Test
    void labelsNameCodedValuesAndPrefixes() {
        Map<String, Text> labels = Map.of("riskPoint:", new Text("风险点 ", "risk point "), "RED", new Text("红色", "RED"));
        Text t = new Text("{color}，由 {decidedBy} 决定；{lines}", "{color}, decided by {decidedBy}; {lines}");
        Text filled = Messages.fill(t, evidence("color", "RED", "decidedBy", List.of("riskPoint:RP01"),
                "lines", List.of("2b ×1 [/enterprise/observations/0] −10")), labels);
        assertThat(filled.zh()).isEqualTo("红色，由 风险点 RP01 决定；2b ×1 [专家判定记录第1条] −10");
        assertThat(filled.en()).isEqualTo("RED, decided by risk point RP01; 2b ×1 [/enterprise/observations/0] −10");
    }
}
