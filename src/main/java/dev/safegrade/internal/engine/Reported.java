package dev.safegrade.internal.engine;

import dev.safegrade.RiskColor;
import dev.safegrade.Severity;
import org.kie.api.definition.type.ClassReactive;

/**
 * Inserted into the session for every finding, so that rules can build on what other rules concluded
 * (a roll-up, or a register cross-check: "this 重大事故隐患 item fired but the register has no open entry").
 */
@ClassReactive
public final class Reported {
    private final String ruleId;
    private final String pack;
    private final String kind;
    private final String path;
    private final Severity severity;
    private final RiskColor color;

    Reported(String ruleId, String pack, String kind, String path, Severity severity, RiskColor color) {
        this.ruleId = ruleId;
        this.pack = pack;
        this.kind = kind;
        this.path = path;
        this.severity = severity;
        this.color = color;
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

    public Severity getSeverity() {
        return severity;
    }

    /** Null when the finding carries no colour. */
    public RiskColor getColor() {
        return color;
    }

    @Override
    public String toString() {
        return ruleId + "@" + path;
    }
}
