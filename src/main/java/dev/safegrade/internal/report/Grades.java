package dev.safegrade.internal.report;

import dev.safegrade.Language;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How the text format shows each grade key; unknown keys fall back to a flat rendering. */
final class Grades {
    private static final Map<String, String[]> ACCIDENT_GRADES = Map.of(
            "especially-major", new String[] {"特别重大事故", "especially major"},
            "major", new String[] {"重大事故", "major"},
            "large", new String[] {"较大事故", "large"},
            "general", new String[] {"一般事故", "general"});

    private Grades() {
    }

    static String describe(String key, Object value, Language lang) {
        String fourColour = FourColourGrades.describe(key, value, lang);
        if (fourColour != null) {
            return fourColour;
        }
        if ("accidents".equals(key) && value instanceof List<?> list) {
            return list.stream().map(o -> (Map<?, ?>) o)
                    .map(m -> m.get("id") + " " + label(ACCIDENT_GRADES, String.valueOf(m.get("grade")), lang))
                    .collect(Collectors.joining("; "));
        }
        return TextReport.flat(value);
    }

    private static String label(Map<String, String[]> labels, String value, Language lang) {
        String[] l = labels.get(value);
        return l == null ? value : l[lang == Language.ZH ? 0 : 1];
    }
}
