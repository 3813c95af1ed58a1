package dev.safegrade.internal.lint;

import dev.safegrade.PackException;
import dev.safegrade.internal.packs.FolderPackCheck;
import dev.safegrade.internal.packs.Pack;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks {@code packs lint} makes of a pack's tables ({@link BandTables}: a known kind, well formed, bands without
 * gap or overlap, finite numbers), made by the loader of every pack folder it is to run: a table lint refuses is not
 * evaluated with (a "NaN" bound would otherwise grade an accident as no band covers it). The tables checked are those
 * the pack was loaded with.
 */
public final class TablesAtLoad implements FolderPackCheck {
    @Override
    public void check(Pack pack) {
        LintTarget target = LintTarget.of(pack);
        Problems problems = new Problems("band-table");
        new BandTables().check(target, problems);
        List<LintProblem> found = new ArrayList<>(problems.found());
        if (!found.isEmpty()) {
            LintProblem first = found.get(0);
            String more = found.size() > 1 ? " (and " + (found.size() - 1) + " more: safegrade packs lint tells them all)" : "";
            throw new PackException(pack.id(), first.file(), first.line(), "table refused: " + first.message() + more);
        }
    }
}
