package dev.safegrade;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule that was not applied because the regulation edition it encodes was not in force on {@code asOf}.
 *
 * @param effectiveFrom first day the edition applies; null when open
 * @param effectiveTo   last day the edition applies; null when open
 * @param note          what applied instead on {@code asOf}, as far as the pack's sources tell (e.g. that an
 *                      earlier edition is not covered); null when they say nothing
 */
public record NotInForce(String ruleId, String pack, LocalDate effectiveFrom, LocalDate effectiveTo, Text note) {
    public NotInForce {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pack, "pack");
    }
}
