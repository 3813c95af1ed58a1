package dev.safegrade.internal.tables;

import dev.safegrade.internal.logic.Tri;
import dev.safegrade.internal.model.Measured;
import org.kie.api.definition.type.ClassReactive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of a "grade-thresholds" table: a grade is reached when ANY of its measures is at or above its
 * bound ("以上包括本数"), and the grade of a subject is the highest grade it reaches. Rows come from pack data so
 * regulators' numbers never sit in DRL.
 *
 * <p>With unknown measures a grade may be undecidable: {@link #decide} says so ({@link Tri} unknown), with the
 * pointers of the measures that would decide it.
 */
@ClassReactive
public final class GradeThreshold {

    private final String table;
    private final String grade;
    private final String rule;
    private final int rank;
    private final Map<String, Double> atLeast;
    private final GradeThreshold higher;

    GradeThreshold(String table, String grade, String rule, int rank, Map<String, Double> atLeast, GradeThreshold higher) {
        this.table = table;
        this.grade = grade;
        this.rule = rule;
        this.rank = rank;
        this.atLeast = Map.copyOf(atLeast);
        this.higher = higher;
    }

    public String getTable() {
        return table;
    }

    public String getGrade() {
        return grade;
    }

    /** The id of the rule that reports this grade. */
    public String getRule() {
        return rule;
    }

    /** 0 for the highest grade. */
    public int getRank() {
        return rank;
    }

    public Map<String, Double> getAtLeast() {
        return atLeast;
    }

    /** Some known measure is at or above its bound. */
    public boolean reachedBy(Measured m) {
        return !decidedBy(m).isEmpty();
    }

    /** Reached, or could be once the unknown measures are known. */
    public boolean possiblyReachedBy(Measured m) {
        return reachedBy(m) || atLeast.keySet().stream().anyMatch(k -> m.measure(k) == null);
    }

    /**
     * Whether the subject's grade is this row's: true when it reaches this grade and no unknown measure could
     * lift it higher, false when it cannot reach it or reaches a higher one, else unknown with the pointers of the
     * unknown measures. The measures read are in its {@link Tri#read()}.
     */
    public Tri decide(Measured m) {
        Tri t;
        if (reachedBy(m) && (higher == null || !higher.possiblyReachedBy(m))) {
            t = Tri.known(true);
        } else if (!possiblyReachedBy(m) || (higher != null && higher.reachedBy(m))) {
            t = Tri.known(false);
        } else {
            t = Tri.unknown(missing(m));
        }
        for (String k : sortedMeasures()) {
            t = t.reading(k, m.measure(k));
        }
        return t;
    }

    /** The measures that reach this grade, in table order. */
    public List<String> decidedBy(Measured m) {
        List<String> by = new ArrayList<>();
        for (String k : sortedMeasures()) {
            Double v = m.measure(k);
            if (v != null && v >= atLeast.get(k)) {
                by.add(k);
            }
        }
        return by;
    }

    /** JSON Pointers of the unknown measures. */
    public List<String> missing(Measured m) {
        List<String> out = new ArrayList<>();
        for (String k : sortedMeasures()) {
            if (m.measure(k) == null) {
                out.add(m.missing(k));
            }
        }
        return out;
    }

    private List<String> sortedMeasures() {
        return atLeast.keySet().stream().sorted().toList();
    }

    @Override
    public String toString() {
        return table + ":" + grade + atLeast;
    }
}
