package dev.safegrade.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void cjkAndFullwidthCountTwoOthersOne() {
        assertThat(DisplayWidth.of("abc 123")).isEqualTo(7);
        assertThat(DisplayWidth.of("重大风险")).isEqualTo(8);
        assertThat(DisplayWidth.of("第五项：（一）、。")).isEqualTo(18);  // CJK and fullwidth punctuation
        assertThat(DisplayWidth.of("〔2017〕121号")).isEqualTo(2 + 4 + 2 + 3 + 2);
        assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4);                 // fullwidth Latin (F)
        assertThat(DisplayWidth.of("한글")).isEqualTo(4);                  // Hangul syllables (W)
        assertThat(DisplayWidth.of("𠀀")).isEqualTo(2);                   // CJK extension B, outside the BMP
        assertThat(DisplayWidth.of("\uD83D\uDE00")).isEqualTo(2);         // an emoji (W)
    }

    @Test
    void ambiguousAndNarrowSymbolsCountOneMarksZero() {
        assertThat(DisplayWidth.of("→×≥α“”−…·–")).isEqualTo(10);
        assertThat(DisplayWidth.of("ｱ")).isEqualTo(1);                    // halfwidth katakana (H)
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);              // e + combining acute
        assertThat(DisplayWidth.of("a\u2060b")).isEqualTo(2);             // word joiner
    }

    @Test
    void rangeEdges() {
        assertThat(DisplayWidth.isWide(0x10FF)).isFalse();
        assertThat(DisplayWidth.isWide(0x1100)).isTrue();
        assertThat(DisplayWidth.isWide(0x115F)).isTrue();
        assertThat(DisplayWidth.isWide(0x1160)).isFalse();
        assertThat(DisplayWidth.isWide(0x303E)).isTrue();
        assertThat(DisplayWidth.isWide(0x303F)).isFalse();
        assertThat(DisplayWidth.isWide(0xFF60)).isTrue();
        assertThat(DisplayWidth.isWide(0xFF61)).isFalse();
        assertThat(DisplayWidth.isWide(0x3FFFD)).isTrue();
        assertThat(DisplayWidth.isWide(0x3FFFE)).isFalse();
        assertThat(DisplayWidth.isWide(0)).isFalse();
    }
}
