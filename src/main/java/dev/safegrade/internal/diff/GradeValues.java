package dev.safegrade.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grade values a diff compares, flattened to {@code name → text}: the enterprise colour, the 2018 diagnosis
 * colour, the 标准化 grade and whether it is valid, the park class, the park's 十有 count, and each risk point's
 * colour ({@code riskPoints[RP01].color}). A grade absent from a report has no entry.
 */
public final class GradeValues {
    private GradeValues() {
    }

    public static Map<String, String> of(JsonNode grades) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "riskColor", grades.path("riskColor").path("value"));
        put(out, "chemEnterpriseRisk.color", grades.path("chemEnterpriseRisk").path("color"));
        put(out, "standardization.grade", grades.path("standardization").path("grade"));
        put(out, "standardization.valid", grades.path("standardization").path("valid"));
        put(out, "parkRisk.class", grades.path("parkRisk").path("class"));
        put(out, "parkTenHaves.haves", grades.path("parkTenHaves").path("haves"));
        for (JsonNode point : grades.path("riskPoints")) {
            put(out, "riskPoints[" + point.path("id").asText() + "].color", point.path("color"));
        }
        return out;
    }

    /** The report-v1 grade key a flattened name comes from: the key whose pack declares it. */
    public static String gradeKey(String name) {
        int end = name.length();
        for (char c : new char[] {'.', '['}) {
            int i = name.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return name.substring(0, end);
    }

    private static void put(Map<String, String> out, String name, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull()) {
            out.put(name, value.asText());
        }
    }
}
