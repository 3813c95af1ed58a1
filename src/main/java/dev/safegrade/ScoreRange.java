package dev.safegrade;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The lowest and the highest score the unknown facts still allow; no highest when nothing bounds it. */
public record ScoreRange(BigDecimal min, Optional<BigDecimal> max) {
    public ScoreRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }
}
