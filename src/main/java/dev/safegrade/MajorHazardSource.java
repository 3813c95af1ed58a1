package dev.safegrade;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of {@code grades.majorHazardSources}: a unit that is a 重大危险源 under GB 18218-2018.
 *
 * @param s     the identification index S = Σ q/Q (≥ 1)
 * @param r     the grading index R = α Σ β q/Q
 * @param alpha the correction for the people exposed around it
 * @param level 一级 = 1 … 四级 = 4
 */
public record MajorHazardSource(String unit, BigDecimal s, BigDecimal r, BigDecimal alpha, int level) {
    public MajorHazardSource {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(alpha, "alpha");
    }
}
