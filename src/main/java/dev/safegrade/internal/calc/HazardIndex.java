package dev.safegrade.internal.calc;

import dev.safegrade.internal.model.Unit;
import dev.safegrade.internal.model.Unit.Substance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sums of GB 18218-2018 for one unit, over the substances that have a critical quantity Q (a substance
 * without Q is not listed and does not count): the identification index S = Σ q/Q and the weighted sum
 * Σ β·q/Q that the grading index R = α · Σ β·q/Q multiplies. A sum is null while a term it needs is unknown;
 * the bound, α and the level live in the packs' tables and the decisions in {@code MajorHazardAssessment}.
 */
public final class HazardIndex {
    private final Unit unit;
    private final List<Substance> listed;
    private final List<String> missingQuantities;
    private final List<String> missingBetas;
    private final BigDecimal identificationIndex;
    private final BigDecimal weightedSum;

    private HazardIndex(Unit unit) {
        this.unit = unit;
        this.listed = unit.getSubstances().stream().filter(s -> s.getCriticalQuantityT() != null).toList();
        this.missingQuantities = listed.stream().filter(s -> s.getQuantityT() == null).map(s -> s.missing("quantityT")).toList();
        this.missingBetas = listed.stream().filter(s -> s.getQuantityT() != null && s.getBeta() == null).map(s -> s.missing("beta")).toList();
        this.identificationIndex = missingQuantities.isEmpty() ? sum(false) : null;
        this.weightedSum = missingQuantities.isEmpty() && missingBetas.isEmpty() ? sum(true) : null;
    }

    /** The sums of a unit whose substances are recorded. */
    public static HazardIndex of(Unit unit) {
        return new HazardIndex(unit);
    }

    private BigDecimal sum(boolean weighted) {
        BigDecimal s = BigDecimal.ZERO;
        for (Substance x : listed) {
            if (x.getQuantityT() == null) {
                continue;
            }
            BigDecimal term = Exact.of(x.getQuantityT()).divide(Exact.of(x.getCriticalQuantityT()), Exact.DIVISION);
            s = s.add(weighted ? Exact.of(x.getBeta()).multiply(term) : term);
        }
        return Exact.plain(s.round(Exact.DIVISION));
    }

    /** Some substance of the unit has a critical quantity. */
    public boolean isListed() {
        return !listed.isEmpty();
    }

    /** S = Σ q/Q, or null while a q is unknown. */
    public BigDecimal getIdentificationIndex() {
        return identificationIndex;
    }

    /**
     * Σ q/Q over the substances whose q is known: S itself once every q is, and while some q is unknown a lower
     * bound of S (no term is negative), which already identifies a 重大危险源 when it reaches the bound.
     */
    public BigDecimal getKnownIdentificationIndex() {
        return sum(false);
    }

    /** Σ β·q/Q, or null while a q or a β is unknown. */
    public BigDecimal getWeightedSum() {
        return weightedSum;
    }

    /** R = α · Σ β·q/Q. */
    public BigDecimal gradingIndex(BigDecimal alpha) {
        return Exact.plain(alpha.multiply(weightedSum).round(Exact.DIVISION));
    }

    /** JSON Pointers of the unknown quantities q. */
    public List<String> getMissingQuantities() {
        return missingQuantities;
    }

    /** JSON Pointers of the unknown β of the substances whose q is known. */
    public List<String> getMissingBetas() {
        return missingBetas;
    }

    /** The terms of S as written by hand, e.g. {@code 3000/500 + 90/10}. */
    public String getSumText() {
        return listed.stream().map(x -> num(x.getQuantityT()) + "/" + num(x.getCriticalQuantityT())).collect(Collectors.joining(" + "));
    }

    /** The terms of Σ β·q/Q as written by hand, e.g. {@code 1×3000/500 + 2×90/10}. */
    public String getWeightedSumText() {
        return listed.stream().map(x -> num(x.getBeta()) + "×" + num(x.getQuantityT()) + "/" + num(x.getCriticalQuantityT()))
                .collect(Collectors.joining(" + "));
    }

    /** Names of the listed substances, in the unit's order. */
    public List<String> getSubstances() {
        List<String> names = new ArrayList<>();
        listed.forEach(x -> names.add(x.getName()));
        return names;
    }

    private static String num(Double d) {
        return d == null ? "?" : Exact.of(d).toPlainString();
    }

    @Override
    public String toString() {
        return "HazardIndex(" + unit.getId() + ", S=" + identificationIndex + ")";
    }
}
