package dev.safegrade.internal.tables;

import dev.safegrade.internal.calc.HazardIndex;
import dev.safegrade.internal.logic.Tri;
import dev.safegrade.internal.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/**
 * GB 18218-2018 on one unit, the one implementation every pack reads: whether it is a 重大危险源 (S = Σ q/Q at or
 * above the bound), and its level from R = α · Σ β·q/Q, with α and the level from the "bands" tables
 * gb18218-alpha and gb18218-levels; while facts are absent, the pointers of those that would decide. Four-colour
 * inserts one per unit (its findings, grade and 2018 sheet read it); major-hazard-chem's item 5 asks
 * {@link #levelAtMost}. The sums are {@link HazardIndex}'s.
 *
 * <p>A 重大危险源 is identified once the known terms of S reach the bound, even while other q are unknown (no term is
 * negative). Its level is then unknown until every q, the β of every q and the people exposed are known.
 */
@ClassReactive
public final class MajorHazardAssessment {
    private static final int SHOWN_DECIMALS = 4;

    private final Unit unit;
    private final HazardIndex index;
    private final Boolean identified;
    private final BigDecimal alpha;
    private final BigDecimal r;
    private final Band level;
    private final List<String> missing;

    private MajorHazardAssessment(Unit unit, HazardIndex index, Boolean identified, BigDecimal alpha, BigDecimal r, Band level,
                                  List<String> missing) {
        this.unit = unit;
        this.index = index;
        this.identified = identified;
        this.alpha = alpha;
        this.r = r;
        this.level = level;
        this.missing = List.copyOf(missing);
    }

    /**
     * The unit assessed with the S bound {@code identifiedAtLeast} (table gb18218), the α bands by people exposed
     * (gb18218-alpha) and the level bands by R (gb18218-levels).
     */
    public static MajorHazardAssessment of(Unit u, BigDecimal identifiedAtLeast, Collection<Band> alphaBands, Collection<Band> levelBands) {
        if (!u.isSubstancesRecorded()) {
            return new MajorHazardAssessment(u, null, null, null, null, null, List.of(u.missing("substances")));
        }
        HazardIndex index = HazardIndex.of(u);
        List<String> unknownQ = index.getMissingQuantities();
        if (index.getKnownIdentificationIndex().compareTo(identifiedAtLeast) < 0) {
            return new MajorHazardAssessment(u, index, unknownQ.isEmpty() ? false : null, null, null, null, unknownQ);
        }
        List<String> absent = new ArrayList<>(unknownQ);
        absent.addAll(index.getMissingBetas());
        if (u.getExposedPeople() == null) {
            absent.add(u.missing("exposedPeople"));
        }
        if (!absent.isEmpty()) {
            return new MajorHazardAssessment(u, index, true, null, null, null, absent);
        }
        BigDecimal alpha = covering(alphaBands, u.getExposedPeople()).getNumber();
        BigDecimal r = index.gradingIndex(alpha);
        return new MajorHazardAssessment(u, index, true, alpha, r, covering(levelBands, r), List.of());
    }

    private static Band covering(Collection<Band> bands, Number x) {
        return bands.stream().filter(b -> b.covers(x)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no band of the table covers " + x));
    }

    /** The unit assessed; named so because {@code unit} is a DRL keyword. */
    public Unit getFacility() {
        return unit;
    }

    /** A 重大危险源 (S at or above the bound): true, false, or null while unknown q (or substances) could decide. */
    public Boolean getIdentified() {
        return identified;
    }

    /** Some substance of the unit has a critical quantity Q. */
    public boolean isListed() {
        return index != null && index.isListed();
    }

    /** Whether it is a 重大危险源, or its level, is not known: {@link #getMissing} says what would decide. */
    public boolean isUndecided() {
        return level == null && !Boolean.FALSE.equals(identified);
    }

    /** S = Σ q/Q, or null while a q is unknown. */
    public BigDecimal getS() {
        return index == null ? null : index.getIdentificationIndex();
    }

    /** The terms of S as written by hand, e.g. {@code 3000/500 + 90/10} ({@code ?} for an unknown q). */
    public String getSumText() {
        return index == null ? null : index.getSumText();
    }

    /** Names of the substances that have a Q, in the unit's order. */
    public List<String> getSubstances() {
        return index == null ? List.of() : index.getSubstances();
    }

    /** Σ β·q/Q, or null while a q or a β is unknown. */
    public BigDecimal getWeightedSum() {
        return index == null ? null : index.getWeightedSum();
    }

    /** The terms of Σ β·q/Q as written by hand, e.g. {@code 1×3000/500 + 2×90/10}. */
    public String getWeightedSumText() {
        return index == null ? null : index.getWeightedSumText();
    }

    public Integer getExposedPeople() {
        return unit.getExposedPeople();
    }

    /** α of the band the people exposed fall in, as the table writes it; null until the level is known. */
    public BigDecimal getAlpha() {
        return alpha;
    }

    /** R = α · Σ β·q/Q; null until the level is known. */
    public BigDecimal getR() {
        return r;
    }

    /** 1 (一级, the highest) … 4 (四级); null unless a 重大危险源 of known level. */
    public Integer getLevel() {
        return level == null ? null : level.getNumber().intValueExact();
    }

    /** The level's name in the table, e.g. 二级; null with the level. */
    public String getLevelName() {
        return level == null ? null : level.getLabel().zh();
    }

    /** Pointers of the absent facts that would decide whether it is a 重大危险源, or, once it is, its level. */
    public List<String> getMissing() {
        return missing;
    }

    /**
     * The unit is a 重大危险源 of level {@code highestLevelNumber} or higher (一级 = 1 is the highest), with S, the
     * people exposed, α, R and the level (4 decimals) as the values read.
     */
    public Tri levelAtMost(int highestLevelNumber) {
        Tri t;
        if (Boolean.FALSE.equals(identified)) {
            t = Tri.known(false);
        } else if (level == null) {
            t = Tri.unknown(missing);
        } else {
            t = Tri.known(getLevel() <= highestLevelNumber);
        }
        boolean graded = level != null;
        return t.reading("S", shown(identified == null ? null : getS())).reading("exposedPeople", graded ? getExposedPeople() : null)
                .reading("alpha", shown(alpha)).reading("R", shown(r)).reading("level", getLevel());
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
        return "GB18218(" + unit.getId() + ": identified=" + identified + " S=" + getS() + " alpha=" + alpha + " R=" + r
                + " level=" + getLevel() + (missing.isEmpty() ? "" : " missing " + missing) + ")";
    }
}
