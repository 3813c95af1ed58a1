package dev.safegrade.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void breaksAtSpacesAndIndentsTheRest() {
        assertThat(Wrap.lines("one two three four", 10, "  ", "    ")).containsExactly("  one two", "    three", "    four");
        assertThat(Wrap.lines("short", 10, "", "")).containsExactly("short");
        assertThat(Wrap.lines("", 10, "  ", "")).containsExactly("");
    }

    @Test
    void neverBreaksInsideANumberIdOrPointer() {
        String text = "seen at /enterprise/riskPoints/10/accidentConditionsPersist by MHC-CHEM-2017-05 on 2026-06-30 with 12500000 yuan";
        for (int width = 51; width <= 80; width++) { // 51: the pointer's length
            int w = width;
            List<String> lines = Wrap.lines(text, width, "", "");
            assertThat(String.join(" ", lines)).isEqualTo(text);
            lines.forEach(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(w));
        }
        assertThat(Wrap.lines("第1.1项 在10人以上", 7, "", "")).containsExactly("第1.1项", "在10人", "以上");
    }

    @Test
    void breaksBetweenCjkCharactersButNotBeforeClosingOrAfterOpeningPunctuation() {
        List<String> lines = Wrap.lines("风险点（液氨储罐区）所在单元，直接判定为重大风险。", 12, "", "");
        lines.forEach(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(12));
        assertThat(String.join("", lines)).isEqualTo("风险点（液氨储罐区）所在单元，直接判定为重大风险。");
        for (String l : lines) {
            assertThat(l).doesNotStartWith("）").doesNotStartWith("，").doesNotStartWith("。").doesNotEndWith("（");
        }
        assertThat(Wrap.lines("PARK-10H-01、PARK-10H-02、PARK-10H-03", 26, "", ""))
                .containsExactly("PARK-10H-01、PARK-10H-02、", "PARK-10H-03");
    }

    @Test
    void wholeTextMovesAsOneAndIsWrittenAsGiven() {
        assertThat(Wrap.lines("消息文本。 " + Wrap.whole("[1][2] [二手来源]"), 20, "", ""))
                .containsExactly("消息文本。", "[1][2] [二手来源]");
        assertThat(Wrap.lines("a " + Wrap.whole("U01 二级 (S = 19)"), 80, "", "")).containsExactly("a U01 二级 (S = 19)");
    }

    @Test
    void aRunWiderThanTheLineIsCutSoTheWidthHolds() {
        List<String> lines = Wrap.lines("x /a/very/long/pointer/that/cannot/fit", 12, "  ", "  ");
        lines.forEach(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(12));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("x/a/very/long/pointer/that/cannot/fit");
    }
}
