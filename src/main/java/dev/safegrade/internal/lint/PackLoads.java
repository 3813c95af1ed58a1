package dev.safegrade.internal.lint;

/**
 * The loader accepts the pack. Runs last and speaks only when no other check found a problem in the pack, so
 * a reason the other checks do not cover (a value of the wrong JSON type, say) is still told, with its line.
 */
final class PackLoads implements LintCheck {
    @Override
    public String id() {
        return "pack-loads";
    }

    @Override
    public String description() {
        return "the pack loads (told only when no other check explains why it does not)";
    }

    @Override
    public void check(LintContext context, Problems p) {
        for (LintTarget t : context.targets()) {
            boolean explained = context.foundSoFar().stream().anyMatch(found -> found.pack().equals(t.id()));
            if (t.loadError() != null && !explained) {
                p.inFile(t, t.loadError().file(), t.loadError().line(), "the pack does not load: " + t.loadError().getMessage());
            }
        }
    }
}
