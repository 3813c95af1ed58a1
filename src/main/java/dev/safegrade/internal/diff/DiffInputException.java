package dev.safegrade.internal.diff;

/**
 * An input of a diff that is not a report file: told in one line, {@code FILE:LINE:COLUMN: expected …, found …},
 * with a hint line where there is more to say.
 */
public final class DiffInputException extends RuntimeException {
    private final String hint;

    public DiffInputException(String file, long line, long column, String expected, String found) {
        this(file, line, column, expected, found, null);
    }

    public DiffInputException(String file, long line, long column, String expected, String found, String hint) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": expected " + expected + ", found " + found);
        this.hint = hint;
    }

    /** What to do about it, or null. */
    public String hint() {
        return hint;
    }
}
