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
    private final String kind;
    private final String path;
    private final List<String> missing;
    private final boolean scopeUnknown;

    Undecided(String ruleId, String pack, String kind, String path, List<String> missing, boolean scopeUnknown) {
        this.ruleId = ruleId;
        this.pack = pack;
        this.kind = kind;
        this.path = path;
        this.missing = List.copyOf(missing);
        this.scopeUnknown = scopeUnknown;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getPack() {
        return pack;
    }

    /** The rule's kind as its pack declares it (e.g. {@code major-accident-hazard}), or null. */
    public String getKind() {
        return kind;
    }

    public String getPath() {
        return path;
    }

    /** The JSON Pointers of the facts it lacks. */
    public List<String> getMissing() {
        return missing;
    }

    /**
     * True when the rule's DRL did not run at all because whether it applies to the subject is unknown (a
     * {@code drlAppliesTo} on unknown activities): no conclusion of that DRL will follow, so others must allow for any.
     */
    public boolean isScopeUnknown() {
        return scopeUnknown;
    }

    @Override
    public String toString() {
        return ruleId + "?@" + path;
    }
}
