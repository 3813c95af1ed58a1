package dev.safegrade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code grades.chemEnterpriseRisk}: the 100-point risk diagnosis of 应急〔2018〕19号.
 *
 * @param score      the score; empty while unknown facts leave it open
 * @param scoreRange while the score is open, the lowest and highest it can still be
 * @param color      the colour (a direct-red situation makes it RED whatever the score); empty while open
 * @param colorRange while the colour is open, the best and worst it can still be
 * @param directRed  the direct-red situations present (rule ids)
 * @param complete   false when some item lacked facts
 */
public record ChemDiagnosisGrade(Optional<BigDecimal> score, Optional<ScoreRange> scoreRange, Optional<RiskColor> color,
                                 Optional<ColorRange> colorRange, List<String> directRed, boolean complete) {
    public ChemDiagnosisGrade {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(scoreRange, "scoreRange");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(colorRange, "colorRange");
        directRed = List.copyOf(directRed);
    }
}
