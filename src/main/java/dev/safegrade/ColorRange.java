package dev.safegrade;

import java.util.Objects;

/** The best and the worst colour the unknown facts still allow, for a colour not yet decided. */
public record ColorRange(RiskColor best, RiskColor worst) {
    public ColorRange {
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(worst, "worst");
    }
}
