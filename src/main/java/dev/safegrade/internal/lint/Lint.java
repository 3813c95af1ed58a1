package dev.safegrade.internal.lint;

import dev.safegrade.internal.packs.Pack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every check of {@link LintChecks} over pack folders and lists what they found. */
public final class Lint {
    private Lint() {
    }

    /**
     * @param folders   the pack folders to lint
     * @param origin    where they come from, for the loader ({@code classpath} or the folder given)
     * @param available other packs they may be evaluated with; those with an id among the folders' are left out
     */
    public static List<LintProblem> run(List<Path> folders, String origin, List<Pack> available) {
        List<LintTarget> targets = folders.stream().map(f -> LintTarget.load(f, origin)).toList();
        Set<String> linted = new HashSet<>();
        targets.forEach(t -> linted.add(t.id()));
        List<Pack> others = available.stream().filter(p -> !linted.contains(p.id())).toList();
        List<LintProblem> found = new ArrayList<>();
        LintContext context = new LintContext(targets, others, found);
        for (LintCheck check : LintChecks.ALL) {
            Problems problems = new Problems(check.id());
            check.check(context, problems);
            found.addAll(problems.found());
        }
        return found;
    }
}
