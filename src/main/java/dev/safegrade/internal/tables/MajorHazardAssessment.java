package dev.safegrade.internal.tables;

import dev.safegrade.internal.logic.Tri;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What {@link MajorHazardGrading} concluded about one unit: not a 重大危险源 (S below the bound), a 重大危险源 of a
 * level, a 重大危险源 whose level is unknown, or unknown altogether; with the pointers of the facts that are missing.
 */
public final class MajorHazardAssessment {
    private static final int SHOWN_DECIMALS = 4;

    private final Boolean identified;
    private final BigDecimal s;
    private final Integer exposedPeople;
    private final BigDecimal alpha;
    private final BigDecimal r;
    private final Integer level;
    private final List<String> missing;

    private MajorHazardAssessment(Boolean identified, BigDecimal s, Integer exposedPeople, BigDecimal alpha, BigDecimal r,
                                  Integer level, List<String> missing) {
        this.identified = identified;
        this.s = s;
        this.exposedPeople = exposedPeople;
        this.alpha = alpha;
        this.r = r;
        this.level = level;
        this.missing = List.copyOf(missing);
    }

    static MajorHazardAssessment unknown(List<String> missing) {
        return new MajorHazardAssessment(null, null, null, null, null, null, missing);
    }

    static MajorHazardAssessment notIdentified(BigDecimal s) {
        return new MajorHazardAssessment(false, s, null, null, null, null, List.of());
    }

    static MajorHazardAssessment identifiedUngraded(BigDecimal s, List<String> missing) {
        return new MajorHazardAssessment(true, s, null, null, null, null, missing);
    }

    static MajorHazardAssessment graded(BigDecimal s, int exposedPeople, BigDecimal alpha, BigDecimal r, int level) {
        return new MajorHazardAssessment(true, s, exposedPeople, alpha, r, level, List.of());
    }

    /** The unit is a 重大危险源 of level {@code level} or higher (一级 = 1 is the highest). */
    public Tri levelAtMost(int highestLevelNumber) {
        Tri t;
        if (Boolean.FALSE.equals(identified)) {
            t = Tri.known(false);
        } else if (level == null) {
            t = Tri.unknown(missing);
        } else {
            t = Tri.known(level <= highestLevelNumber);
        }
        return t.reading("S", shown(s)).reading("exposedPeople", exposedPeople).reading("alpha", shown(alpha))
                .reading("R", shown(r)).reading("level", level);
    }

    private static BigDecimal shown(BigDecimal x) {
        if (x == null) {
            return null;
        }
        BigDecimal d = x.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    @Override
    public String toString() {
        return "S=" + s + " alpha=" + alpha + " R=" + r + " level=" + level + (missing.isEmpty() ? "" : " missing " + missing);
    }
}
