package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped 工贸 example is valid and shows a dust-explosion enterprise with several major hazards. */
class IndustrialTradeExampleTest {
    @Test
    void theExampleTriggersSeveralItems() {
        Pack pack = PackLoader.load(Path.of("rules/major-hazard-industrial-trade"), "rules");
        ObjectNode outcome = GoldenCases.outcome(pack, Path.of("examples/industrial-trade.json"));

        List<String> fired = new ArrayList<>();
        for (JsonNode f : outcome.get("findings")) {
            fired.add(f.get("ruleId").asText() + " " + f.get("path").asText());
        }
        // 03-01 the tenant is not inspected; 03-02 P04's certificate ended 2026-05-18; dust area in a two-storey
        // non-frame building (11-01), zone-20 equipment not explosion-proof (11-07), aluminium dust collected wet
        // without ventilation against hydrogen (11-09).
        assertThat(fired).containsExactly(
                "MHC-IT-2023-03-01 /enterprise/contractors/0",
                "MHC-IT-2023-03-02 /enterprise/people/3",
                "MHC-IT-2023-11-01 /enterprise/units/0/dustExplosion",
                "MHC-IT-2023-11-07 /enterprise/units/0/dustExplosion",
                "MHC-IT-2023-11-09 /enterprise/units/0/dustExplosion/wetIgnitingMetalDust");
        assertThat(outcome.get("notEvaluated")).isEmpty();
    }
}
