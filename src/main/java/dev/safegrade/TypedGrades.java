package dev.safegrade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the grades of report-v1's table from a report's grade map into their records. */
final class TypedGrades {
    private TypedGrades() {
    }

    static Optional<RiskColorGrade> riskColor(Map<String, Object> grades) {
        return object(grades, "riskColor").map(m -> new RiskColorGrade(color(m, "value"), strings(m, "decidedBy"), complete(m),
                colorRange(m.get("colorRange"))));
    }

    static List<RiskPointGrade> riskPoints(Map<String, Object> grades) {
        List<RiskPointGrade> out = new ArrayList<>();
        for (Map<?, ?> p : objects(grades, "riskPoints")) {
            out.add(new RiskPointGrade(text(p, "id"), color(p, "color"), Optional.ofNullable((String) p.get("method")),
                    number(p.get("score")), strings(p, "direct"), complete(p)));
        }
        return List.copyOf(out);
    }

    static List<MajorHazardSource> majorHazardSources(Map<String, Object> grades) {
        List<MajorHazardSource> out = new ArrayList<>();
        for (Map<?, ?> s : objects(grades, "majorHazardSources")) {
            out.add(new MajorHazardSource(text(s, "unit"), required(s, "S"), required(s, "R"), required(s, "alpha"),
                    required(s, "level").intValueExact()));
        }
        return List.copyOf(out);
    }

    static Optional<ChemDiagnosisGrade> chemEnterpriseRisk(Map<String, Object> grades) {
        return object(grades, "chemEnterpriseRisk").map(m -> new ChemDiagnosisGrade(number(m.get("score")), scoreRange(m.get("scoreRange")),
                color(m, "color"), colorRange(m.get("colorRange")), strings(m, "directRed"), complete(m)));
    }

    static Optional<ParkRiskGrade> parkRisk(Map<String, Object> grades) {
        return object(grades, "parkRisk").map(m -> {
            Optional<ParkRiskGrade.ClassRange> range = m.get("classRange") instanceof Map<?, ?> r
                    ? Optional.of(new ParkRiskGrade.ClassRange(text(r, "best"), text(r, "worst"))) : Optional.empty();
            return new ParkRiskGrade(Optional.ofNullable((String) m.get("class")), range, required(m, "score"), scoreRange(m.get("scoreRange")),
                    text(m, "edition"), !Boolean.FALSE.equals(m.get("bandsConfirmed")));
        });
    }

    static Optional<StandardizationGrade> standardization(Map<String, Object> grades) {
        return object(grades, "standardization").map(m -> {
            if (!(m.get("valid") instanceof Boolean valid)) {
                throw shape("valid");
            }
            return new StandardizationGrade(required(m, "grade").intValueExact(), Optional.ofNullable((String) m.get("regime")),
                    date(m.get("awardedOn")), date(m.get("validUntil")).orElseThrow(() -> shape("validUntil")), valid,
                    date(m.get("revokedOn")), strings(m, "revocationTriggers"));
        });
    }

    private static Optional<LocalDate> date(Object v) {
        try {
            return v == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(v)));
        } catch (java.time.format.DateTimeParseException notADate) {
            throw new IllegalStateException("a grade holds " + v + " where report-v1 has a date");
        }
    }

    private static Optional<Map<?, ?>> object(Map<String, Object> grades, String key) {
        Object v = grades.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map<?, ?> m) {
            return Optional.of(m);
        }
        throw shape(key);
    }

    private static List<Map<?, ?>> objects(Map<String, Object> grades, String key) {
        Object v = grades.get(key);
        if (v == null) {
            return List.of();
        }
        List<Map<?, ?>> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add(o instanceof Map<?, ?> m ? m : null);
            }
        }
        if (!(v instanceof List<?>) || out.contains(null)) {
            throw shape(key);
        }
        return out;
    }

    private static Optional<RiskColor> color(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? Optional.empty() : Optional.of(colour(v, key));
    }

    private static RiskColor colour(Object v, String key) {
        try {
            return RiskColor.valueOf(String.valueOf(v));
        } catch (IllegalArgumentException notAColour) {
            throw shape(key);
        }
    }

    private static Optional<ColorRange> colorRange(Object v) {
        return v instanceof Map<?, ?> r ? Optional.of(new ColorRange(colour(text(r, "best"), "best"), colour(text(r, "worst"), "worst")))
                : Optional.empty();
    }

    private static Optional<ScoreRange> scoreRange(Object v) {
        return v instanceof Map<?, ?> r ? Optional.of(new ScoreRange(required(r, "min"), number(r.get("max")))) : Optional.empty();
    }

    private static boolean complete(Map<?, ?> m) {
        return !Boolean.FALSE.equals(m.get("complete"));
    }

    private static List<String> strings(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw shape(key);
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw shape(key);
        }
        return String.valueOf(v);
    }

    private static BigDecimal required(Map<?, ?> m, String key) {
        return number(m.get(key)).orElseThrow(() -> shape(key));
    }

    private static Optional<BigDecimal> number(Object v) {
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (v instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        throw new IllegalStateException("a grade holds " + v + " where report-v1 has a number");
    }

    private static IllegalStateException shape(String key) {
        return new IllegalStateException("the grade's \"" + key + "\" is not in report-v1's shape");
    }
}
