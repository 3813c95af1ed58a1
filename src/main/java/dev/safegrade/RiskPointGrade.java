package dev.safegrade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code grades.riskPoints}: a risk point's colour.
 *
 * @param color    empty while unknown facts leave it open
 * @param method   LEC, LS or MES; empty when the point was not assessed by one
 * @param score    the method's score, when assessed
 * @param direct   the direct-determination rules that made it RED
 * @param complete false when some input lacked facts
 */
public record RiskPointGrade(String id, Optional<RiskColor> color, Optional<String> method, Optional<BigDecimal> score,
                             List<String> direct, boolean complete) {
    public RiskPointGrade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(score, "score");
        direct = List.copyOf(direct);
    }
}
