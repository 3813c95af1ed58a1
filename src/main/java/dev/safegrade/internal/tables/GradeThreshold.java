package dev.safegrade.internal.tables;

import org.kie.api.definition.type.ClassReactive;
import dev.safegrade.internal.model.Measured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of a "grade-thresholds" table: a grade is reached when ANY of its measures is at or above its
 * bound ("以上包括本数"), and the grade of a subject is the highest grade it reaches. Rows come from pack data so
 * regulators' numbers never sit in DRL.
 *
 * <p>With unknown measures a grade may be undecidable: {@link #decide} says so, and {@link #missing} names
 * the facts that would decide it.
 */
@ClassReactive
public final class GradeThreshold {
    /** The outcome of asking whether a subject's grade is this row's grade. */
    public enum Decision { YES, NO, UNKNOWN }

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

    public Decision decide(Measured m) {
        if (reachedBy(m) && (higher == null || !higher.possiblyReachedBy(m))) {
            return Decision.YES;
        }
        if (!possiblyReachedBy(m) || (higher != null && higher.reachedBy(m))) {
            return Decision.NO;
        }
        return Decision.UNKNOWN;
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
