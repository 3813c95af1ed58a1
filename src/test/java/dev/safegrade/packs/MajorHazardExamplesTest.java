package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.Finding;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The 危化 and fireworks examples stay valid and show several 重大事故隐患 items and the register cross-check. */
class MajorHazardExamplesTest {

    @Test
    void hazchemProducerTriggersSeveralChemItems() {
        Report report = SafeGrade.builder().packs("major-hazard-chem", "hazard-register").build()
                .evaluate(Path.of("examples/hazchem-producer.json"));

        assertThat(report.findings()).filteredOn(f -> f.pack().equals("major-hazard-chem")).extracting(Finding::ruleId)
                .containsExactly("MHC-CHEM-2017-01", "MHC-CHEM-2017-05", "MHC-CHEM-2017-06", "MHC-CHEM-2017-14", "MHC-CHEM-2017-20");
        assertThat(report.notEvaluated()).as("the example records every fact the chem items read").isEmpty();
        // H2026-002 records item 5, open past its 2026-05-31 deadline; the other four items have no register entry.
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("HAZ-REG-OVERDUE")).extracting(Finding::path)
                .containsExactly("/enterprise/hazards/1");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("HAZ-REG-UNRECORDED"))
                .extracting(f -> f.evidence().get("item"))
                .containsExactlyInAnyOrder("MHC-CHEM-2017-01", "MHC-CHEM-2017-06", "MHC-CHEM-2017-14", "MHC-CHEM-2017-20");
    }

    @Test
    void fireworksProducerTriggersSeveralFireworksItems() {
        Report report = SafeGrade.builder().packs("major-hazard-fireworks", "hazard-register").build()
                .evaluate(Path.of("examples/fireworks-producer.json"));

        assertThat(report.findings()).filteredOn(f -> f.pack().equals("major-hazard-fireworks")).extracting(Finding::ruleId)
                .containsExactly("MHC-FW-2017-04", "MHC-FW-2017-07", "MHC-FW-2017-10");
        assertThat(report.notEvaluated()).isEmpty();
        // H2026-011 records item 7 and is overdue (deadline 2026-06-08); items 4 and 10 are not in the register.
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("HAZ-REG-OVERDUE")).extracting(Finding::path)
                .containsExactly("/enterprise/hazards/0");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("HAZ-REG-UNRECORDED"))
                .extracting(f -> f.evidence().get("item"))
                .containsExactlyInAnyOrder("MHC-FW-2017-04", "MHC-FW-2017-10");
    }
}
