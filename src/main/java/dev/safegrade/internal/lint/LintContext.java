package dev.safegrade.internal.lint;

import dev.safegrade.internal.packs.Pack;
import java.util.List;

/**
 * What a lint run looks at: the pack folders being linted, the other packs they will be evaluated with
 * (shipped packs they do not replace), which rule ids must not clash with, and the problems the checks before
 * have found.
 */
public record LintContext(List<LintTarget> targets, List<Pack> others, List<LintProblem> foundSoFar) {
}
