package dev.safegrade;

import java.util.List;
import java.util.Objects;

/**
 * A rule that applies to the subject but could not decide, because facts it needs are absent.
 *
 * @param ruleId  the rule
 * @param pack    its pack
 * @param path    JSON Pointer of the element the rule was looking at
 * @param missing JSON Pointers of the absent facts
 */
public record NotEvaluated(String ruleId, String pack, String path, List<String> missing) {
    public NotEvaluated {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(path, "path");
        missing = List.copyOf(missing);
    }
}
