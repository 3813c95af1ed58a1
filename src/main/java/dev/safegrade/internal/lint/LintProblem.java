package dev.safegrade.internal.lint;

/**
 * One problem a lint check found.
 *
 * @param check the id of the check that found it
 * @param pack  the pack it is in
 * @param file  the file, as the author finds it (the pack folder joined with the file's path in the pack)
 * @param line  1-based line, or 0 when the problem is about the whole file
 */
public record LintProblem(String check, String pack, String file, int line, String message) {

    /** {@code file:line: message [check]}, the form editors and CI logs link to. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + message + " [" + check + "]";
    }
}
