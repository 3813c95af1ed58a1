package dev.safegrade;

import java.util.Objects;

/**
 * One thing wrong with a fact document, located as precisely as the input allows.
 *
 * @param source   the file name as the user gave it, {@code -} for standard input, or a name the caller chose
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param pointer  RFC 6901 JSON Pointer of the offending value ({@code ""} for the whole document), or null
 *                 when the text is not JSON at all
 * @param expected what the contract expects there
 * @param found    what the document has there
 * @param hint     what to do about it, when there is more to say than expected/found (the nearest allowed key, how
 *                 to convert a file to UTF-8, …), or null
 */
public record InputProblem(String source, int line, int column, String pointer, String expected, String found, String hint) {
    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        hint = Text.visible(hint); // told to a person as it is: it may quote the input (a token, a key)
    }

    /** A problem without a hint. */
    public InputProblem(String source, int line, int column, String pointer, String expected, String found) {
        this(source, line, column, pointer, expected, found, null);
    }

    /**
     * One line a person can act on: {@code file:12:5: /enterprise/id: expected …, found …}. Control characters of the
     * input (in a key, a value, a file name) are shown as {@code \\u001b} and the like ({@link Text#visible}), so that the
     * line can neither clear a terminal nor forge lines of its own.
     */
    public String describe() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (pointer != null) {
            b.append(pointer.isEmpty() ? "(document)" : pointer).append(": ");
        }
        return Text.visible(b.append("expected ").append(expected).append(", found ").append(found).toString());
    }
}
