package dev.safegrade.properties;

import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The graded conclusions of a report the properties compare, read from report-v1 {@code grades}. "Decided"
 * means the report says no unknown fact could change it: {@code decided: true} where the grade carries that
 * flag, else {@code complete: true} where it carries that one; a grade with neither flag is decided when given.
 * A grade without a value (null while undecided) is not read.
 */
final class Grades {
    private Grades() {
    }

    /** A grade value and whether it is decided. */
    record Graded<T>(T value, boolean decided) {
    }

    static Optional<Graded<RiskColor>> riskColor(Report r) {
        return r.grade("riskColor").map(g -> (Map<?, ?>) g).filter(g -> g.get("value") != null)
                .map(g -> new Graded<>(RiskColor.valueOf((String) g.get("value")), decided(g)));
    }

    static Optional<Graded<RiskColor>> diagnosis(Report r) {
        return r.grade("chemEnterpriseRisk").map(g -> (Map<?, ?>) g).filter(g -> g.get("color") != null)
                .map(g -> new Graded<>(RiskColor.valueOf((String) g.get("color")), decided(g)));
    }

    /** The diagnosis score where the report gives one (null while facts are missing, where it gives a range). */
    static Optional<Double> diagnosisScore(Report r) {
        return r.grade("chemEnterpriseRisk").map(g -> ((Map<?, ?>) g).get("score")).filter(Number.class::isInstance)
                .map(s -> ((Number) s).doubleValue());
    }

    private static boolean decided(Map<?, ?> grade) {
        if (grade.containsKey("decided")) {
            return Boolean.TRUE.equals(grade.get("decided"));
        }
        return !grade.containsKey("complete") || Boolean.TRUE.equals(grade.get("complete"));
    }

    /** Each risk point's colour by id, where it has one. */
    static Map<String, Graded<RiskColor>> riskPoints(Report r) {
        Map<String, Graded<RiskColor>> out = new LinkedHashMap<>();
        for (Object o : (List<?>) r.grade("riskPoints").orElse(List.of())) {
            Map<?, ?> p = (Map<?, ?>) o;
            if (p.get("color") != null) {
                out.put((String) p.get("id"), new Graded<>(RiskColor.valueOf((String) p.get("color")), decided(p)));
            }
        }
        return out;
    }

    /** The park class A (highest risk) to D. */
    static Optional<Graded<String>> parkClass(Report r) {
        return r.grade("parkRisk").map(g -> (Map<?, ?>) g).filter(g -> g.get("class") != null)
                .map(g -> new Graded<>((String) g.get("class"), decided(g)));
    }

    /** Accident grades by accident id. */
    static Map<String, Object> accidents(Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object o : (List<?>) r.grade("accidents").orElse(List.of())) {
            Map<?, ?> a = (Map<?, ?>) o;
            out.put((String) a.get("id"), a.get("grade"));
        }
        return out;
    }

    /** True when {@code a} is a lower risk than {@code b}. */
    static boolean better(RiskColor a, RiskColor b) {
        return b.higherThan(a);
    }

    /** True when park class {@code a} is a lower risk than {@code b} (A is the highest risk). */
    static boolean betterClass(String a, String b) {
        return a.compareTo(b) > 0;
    }
}
