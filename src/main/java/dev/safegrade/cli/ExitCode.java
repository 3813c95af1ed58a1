package dev.safegrade.cli;

/** The CLI's exit codes (report-v1). When several apply, the most serious wins: 1, then 2, then 4. */
final class ExitCode {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID_INPUT = 2;
    static final int FINDINGS_AT_OR_ABOVE_FAIL_ON = 4;

    private ExitCode() {
    }

    static int worst(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case INTERNAL_ERROR -> 3;
            case INVALID_INPUT -> 2;
            case FINDINGS_AT_OR_ABOVE_FAIL_ON -> 1;
            default -> 0;
        };
    }
}
