package dev.safegrade.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

/** What every fuzz target asks of a message meant for a person. */
final class FuzzChecks {
    /** Bytes a target reads at most: larger inputs only make the fuzzer slower, and the CLI's size limits are tested elsewhere. */
    static final int MAX_INPUT = 64 * 1024;

    private FuzzChecks() {
    }

    /**
     * One readable message: not blank, and no control character told raw, as {@code Text.visible} defines them (category
     * Cc and the bidirectional controls): an ESC, CR or LF in a message could clear a terminal or forge output lines.
     */
    static void readable(String what, String message) {
        assertThat(message).as(what).isNotBlank();
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = Character.isISOControl(c) || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            assertThat(control).as("%s has the raw control character U+%04X at %d: %s", what, (int) c, i, message).isFalse();
        }
    }
}
