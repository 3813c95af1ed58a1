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
 * @param labels   zh/en wording of coded evidence values, for messages
 */
public record RuleMeta(String id, String pack, Text title, Text message, Severity severity, RiskColor color,
                       List<Citation> citations, LocalDate effectiveFrom, LocalDate effectiveTo, Map<String, Text> labels) {

    /** Whether the regulation edition the rule encodes is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
