package dev.safegrade.internal.engine;

import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/**
 * Inserted into the session for every rule that could not decide (a notEvaluated entry), as {@link Reported} is for
 * every finding: a rule that builds on another's conclusion must stay undecided where that one is, never pass.
 */
@ClassReactive
public final class Undecided {
    private final String ruleId;
    private final String pack;
    private final String path;
    private final List<String> missing;

    Undecided(String ruleId, String pack, String path, List<String> missing) {
        this.ruleId = ruleId;
        this.pack = pack;
        this.path = path;
        this.missing = List.copyOf(missing);
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getPack() {
        return pack;
    }

    public String getPath() {
        return path;
    }

    /** The JSON Pointers of the facts it lacks. */
    public List<String> getMissing() {
        return missing;
    }

    @Override
    public String toString() {
        return ruleId + "?@" + path;
    }
}
