package dev.safegrade.internal.lint;

/**
 * One policy about rule packs. Each check has a stable id (shown with every problem it finds, so a reader
 * can look it up in {@code safegrade packs lint --list}), a one-line description, and a test that breaks a
 * small pack in exactly the way it catches.
 */
public interface LintCheck {
    /** Lower-case kebab, stable. */
    String id();

    /** What the check requires, in one line. */
    String description();

    /** Adds the problems it finds in the packs being linted. */
    void check(LintContext context, Problems problems);
}
