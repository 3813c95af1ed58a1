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
        if ("parkMembers".equals(key) && value instanceof Map<?, ?> m) {
            return parkMembers(m, lang);
        }
        return TextReport.flat(value);
    }

    private static String parkMembers(Map<?, ?> m, Language lang) {
        boolean zh = lang == Language.ZH;
        Map<?, ?> byColor = (Map<?, ?>) m.get("byColor");
        String colors = byColor.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String hazards = ((List<?>) m.get("openMajorHazards")).stream().map(o -> (Map<?, ?>) o)
                .map(h -> h.get("name") + " " + h.get("registerEntries") + h.get("criteriaItems")).collect(Collectors.joining("; "));
        String uninsured = ((List<?>) m.get("withoutSafetyLiabilityInsurance")).stream().map(o -> (Map<?, ?>) o)
                .map(u -> u.get("name") + " (" + u.get("status") + (Boolean.TRUE.equals(u.get("required")) ? (zh ? "，须投保" : ", required") : "") + ")")
                .collect(Collectors.joining("; "));
        return (zh ? m.get("count") + " 家入园企业：" : m.get("count") + " member enterprises: ") + colors
                + (zh ? "\n    有未整改重大事故隐患：" : "\n    with open 重大事故隐患: ") + (hazards.isEmpty() ? "-" : hazards)
                + (zh ? "\n    未投保安责险：" : "\n    without 安责险: ") + (uninsured.isEmpty() ? "-" : uninsured);
    }

    private static String label(Map<String, String[]> labels, String value, Language lang) {
        String[] l = labels.get(value);
        return l == null ? value : l[lang == Language.ZH ? 0 : 1];
    }
}
