package dev.safegrade.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointerOrderTest {
    @Test
    void indicesCompareAsNumbersAndAPointerComesBeforeWhatIsBelowIt() {
        List<String> expected = List.of("", "/enterprise", "/enterprise/accidents/2", "/enterprise/riskPoints/2",
                "/enterprise/riskPoints/4", "/enterprise/riskPoints/4/unit", "/enterprise/riskPoints/10",
                "/enterprise/riskPoints/10/accidentConditionsPersist", "/enterprise/riskPoints/100", "/enterprise/units/0",
                "/enterprise/units/0/dustExplosion", "/park/checklist/9", "/park/checklist/11");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 1, 5);
        shuffled.sort(PointerOrder.NATURAL);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void nonNumericTokensCompareAsText() {
        assertThat(PointerOrder.NATURAL.compare("/a/b10", "/a/b9")).isNegative(); // only whole index tokens are numbers
        assertThat(PointerOrder.NATURAL.compare("/a/9", "/a/b")).isNegative();
        assertThat(PointerOrder.NATURAL.compare("/a/07", "/a/7")).isNotZero();
        assertThat(PointerOrder.NATURAL.compare("/a/7", "/a/7")).isZero();
    }
}
