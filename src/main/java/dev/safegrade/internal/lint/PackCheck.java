package dev.safegrade.internal.lint;

/** A check that looks at one pack at a time. */
abstract class PackCheck implements LintCheck {
    @Override
    public final void check(LintContext context, Problems problems) {
        for (LintTarget target : context.targets()) {
            check(target, problems);
        }
    }

    abstract void check(LintTarget target, Problems problems);
}
