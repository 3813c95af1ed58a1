package dev.safegrade.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.facts.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {
    @ParameterizedTest
    @ValueSource(strings = {"91610131MA6TG1C432", "91610526MA6YH7Q30N", "91610117MA6U2K8NXE", "91430181MA4L9R1B2B"})
    void acceptsCodesWithTheirCheckCharacter(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @Test
    void computesTheCheckCharacter() {
        // Weights 3^i mod 31 over "91610131MA6TG1C43": sum mod 31 = 29, so the check value is 2.
        assertThat(Uscc.expectedCheckCharacter("91610131MA6TG1C43")).isEqualTo('2');
    }

    @ParameterizedTest
    @ValueSource(strings = {"91610131MA6TG1C439", "91610131MA6TG1C43", "91610131MA6TG1C4321", "9161013IMA6TG1C432", ""})
    void rejectsWrongCheckLengthOrCharset(String code) {
        assertThat(Uscc.isValid(code)).isFalse();
    }
}
