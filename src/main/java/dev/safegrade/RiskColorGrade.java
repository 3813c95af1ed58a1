package dev.safegrade;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code grades.riskColor}: the enterprise's overall four-colour level (the highest of its inputs).
 *
 * @param value     the level; empty while unknown facts leave it open
 * @param decidedBy the inputs that set it (risk point ids, rule ids)
 * @param complete  false when some input lacked facts
 * @param range     the best and worst level the unknown facts still allow (both the value once decided)
 */
public record RiskColorGrade(Optional<RiskColor> value, List<String> decidedBy, boolean complete, Optional<ColorRange> range) {
    public RiskColorGrade {
        Objects.requireNonNull(value, "value");
        decidedBy = List.copyOf(decidedBy);
        Objects.requireNonNull(range, "range");
    }
}
