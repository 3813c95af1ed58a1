package dev.safegrade.internal.packs;

import dev.safegrade.Citation;
import dev.safegrade.RiskColor;
import dev.safegrade.Severity;
import dev.safegrade.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule's metadata with its citations resolved against the pack's sources.
 *
 * @param severity null when the severity follows the colour of each finding (risk levels)
 * @param color    the fixed colour of the rule's findings, or null
 * @param deadline null, or the last day on which {@code severity} applies; after it, {@code severityAfterDeadline}
 * @param labels   zh/en wording of coded evidence values, for messages
 * @param before   what applied before the edition the rule encodes (from its first source), or null
 * @param after    what applies after it, or null
 * @param kind     what kind of conclusion the rule draws, as its pack declares ({@code kind}, or the pack's
 *                 {@code ruleKind}), e.g. {@link #MAJOR_ACCIDENT_HAZARD}; null when the pack does not say
 */
public record RuleMeta(String id, String pack, Text title, Text message, Severity severity, RiskColor color,
                       List<Citation> citations, LocalDate effectiveFrom, LocalDate effectiveTo,
                       LocalDate deadline, Severity severityAfterDeadline, Map<String, Text> labels, Text before, Text after,
                       String kind) {
    /** The kind of a 重大事故隐患 criteria item: what the park roll-up and the register cross-check look for. */
    public static final String MAJOR_ACCIDENT_HAZARD = "major-accident-hazard";

    /** Whether the rule is a 重大事故隐患 criteria item. */
    public boolean majorAccidentHazard() {
        return MAJOR_ACCIDENT_HAZARD.equals(kind);
    }

    /** What applied instead on {@code day}, when the rule is not in force then and its source says; else null. */
    public Text notInForceNote(LocalDate day) {
        if (effectiveFrom != null && day.isBefore(effectiveFrom)) {
            return before;
        }
        return effectiveTo != null && day.isAfter(effectiveTo) ? after : null;
    }

    /** The severity of the rule's findings on {@code day}; null when it follows each finding's colour. */
    public Severity severityOn(LocalDate day) {
        return pastDeadline(day) ? severityAfterDeadline : severity;
    }

    /** Whether {@code day} is after the rule's deadline; false when the rule has none. */
    public boolean pastDeadline(LocalDate day) {
        return deadline != null && day.isAfter(deadline);
    }

    /** Whether the regulation edition the rule encodes is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
