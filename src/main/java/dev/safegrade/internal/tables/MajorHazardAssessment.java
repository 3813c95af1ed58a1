package dev.safegrade.internal.tables;

import dev.safegrade.internal.calc.HazardIndex;
import dev.safegrade.internal.logic.Tri;
import dev.safegrade.internal.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What GB 18218 concludes about one unit, as one decision for rules that need only the level: not a 重大危险源 (S
 * below the bound), a 重大危险源 of a level, a 重大危险源 whose level is unknown, or unknown altogether; with the
 * pointers of the facts that are missing. The sums are {@link HazardIndex}'s, α and the level come from the pack's
 * "bands" tables, as in four-colour's rule-by-rule grading.
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

    /**
     * The unit assessed with the S bound {@code identifiedAtLeast}, the α bands by people exposed and the level
     * bands by R. A 重大危险源 is identified once the known terms of S reach the bound, even while other q are unknown.
     */
    public static MajorHazardAssessment of(Unit u, BigDecimal identifiedAtLeast, Collection<Band> alphaBands, Collection<Band> levelBands) {
        if (!u.isSubstancesRecorded()) {
            return unknown(List.of(u.missing("substances")));
        }
        HazardIndex index = HazardIndex.of(u);
        List<String> unknownQ = index.getMissingQuantities();
        BigDecimal s = index.getKnownIdentificationIndex();
        if (s.compareTo(identifiedAtLeast) < 0) {
            return unknownQ.isEmpty() ? notIdentified(s) : unknown(unknownQ);
        }
        List<String> absent = new ArrayList<>(unknownQ);
        absent.addAll(index.getMissingBetas());
        if (u.getExposedPeople() == null) {
            absent.add(u.missing("exposedPeople"));
        }
        if (!absent.isEmpty()) {
            return identifiedUngraded(unknownQ.isEmpty() ? s : null, absent);
        }
        BigDecimal alpha = covering(alphaBands, u.getExposedPeople()).getNumber();
        BigDecimal r = index.gradingIndex(alpha);
        return graded(s, u.getExposedPeople(), alpha, r, covering(levelBands, r).getNumber().intValueExact());
    }

    private static Band covering(Collection<Band> bands, Number x) {
        return bands.stream().filter(b -> b.covers(x)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no band of the table covers " + x));
    }

    private static MajorHazardAssessment unknown(List<String> missing) {
        return new MajorHazardAssessment(null, null, null, null, null, null, missing);
    }

    private static MajorHazardAssessment notIdentified(BigDecimal s) {
        return new MajorHazardAssessment(false, s, null, null, null, null, List.of());
    }

    private static MajorHazardAssessment identifiedUngraded(BigDecimal s, List<String> missing) {
        return new MajorHazardAssessment(true, s, null, null, null, null, missing);
    }

    private static MajorHazardAssessment graded(BigDecimal s, int exposedPeople, BigDecimal alpha, BigDecimal r, int level) {
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
