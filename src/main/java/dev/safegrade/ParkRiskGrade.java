package dev.safegrade;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code grades.parkRisk}: the 化工园区 safety risk class under the 导则 in force on {@code asOf}.
 *
 * @param parkClass      A (highest risk) … D; empty while the rows not listed leave it open
 * @param classRange     while open, the best and worst class still possible (best first, e.g. D … A)
 * @param score          the score of the rows listed
 * @param scoreRange     while open, the lowest and highest score still possible
 * @param edition        the edition of the 导则 checklist applied
 * @param bandsConfirmed false when the class bands rest on an unconfirmed source
 */
public record ParkRiskGrade(Optional<String> parkClass, Optional<ClassRange> classRange, BigDecimal score,
                            Optional<ScoreRange> scoreRange, String edition, boolean bandsConfirmed) {
    public ParkRiskGrade {
        Objects.requireNonNull(parkClass, "parkClass");
        Objects.requireNonNull(classRange, "classRange");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(scoreRange, "scoreRange");
        Objects.requireNonNull(edition, "edition");
    }

    /** The best and the worst park class the unknown facts still allow. */
    public record ClassRange(String best, String worst) {
        public ClassRange {
            Objects.requireNonNull(best, "best");
            Objects.requireNonNull(worst, "worst");
        }
    }
}
