package dev.safegrade.internal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between an expected and an actual golden-case outcome, told the way a rule author reads
 * them: findings, notEvaluated and notInForce entries are matched by rule id and path (so one missing finding
 * does not shift every later index), then compared field by field; grades are compared as JSON.
 *
 * <pre>
 * grades: /accidents/2/grade: expected "large", found "major"
 * findings: - ACC-493-LARGE @ /enterprise/accidents/2 (expected, not produced): Accident A3 … is a large accident …
 * findings: + ACC-493-MAJOR @ /enterprise/accidents/2 (produced, not expected): Accident A3 … is a major accident …
 * findings: ~ ACC-493-LARGE @ /enterprise/accidents/0: /evidence/deaths: expected 3, found 4
 * </pre>
 */
public final class OutcomeDiff {
    private static final String[] LISTS = {"findings", "notEvaluated", "notInForce"};

    private OutcomeDiff() {
    }

    public static List<String> diff(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        if (expected.has("grades") || actual.has("grades")) {
            for (String d : JsonDiff.diff(expected.path("grades"), actual.path("grades"))) {
                out.add("grades: " + d);
            }
        }
        for (String list : LISTS) {
            diffList(list, expected.path(list), actual.path(list), out);
        }
        if (out.isEmpty()) {
            // Anything else (an unknown top-level key, say) still fails the case.
            JsonDiff.diff(expected, actual).forEach(out::add);
        }
        return out;
    }

    private static void diffList(String list, JsonNode expected, JsonNode actual, List<String> out) {
        Map<String, JsonNode> e = byKey(expected);
        Map<String, JsonNode> a = byKey(actual);
        int before = out.size();
        e.forEach((key, entry) -> {
            if (!a.containsKey(key)) {
                out.add(list + ": - " + key + " (expected, not produced)" + said(entry));
            }
        });
        a.forEach((key, entry) -> {
            if (!e.containsKey(key)) {
                out.add(list + ": + " + key + " (produced, not expected)" + said(entry));
            }
        });
        e.forEach((key, entry) -> {
            JsonNode other = a.get(key);
            if (other != null) {
                for (String d : JsonDiff.diff(entry, other)) {
                    out.add(list + ": ~ " + key + ": " + d);
                }
            }
        });
        if (out.size() == before && !List.copyOf(e.keySet()).equals(List.copyOf(a.keySet()))) {
            out.add(list + ": the same entries in another order: expected " + e.keySet() + ", found " + a.keySet());
        }
    }

    /** What a finding says (its en message), or what a notEvaluated entry misses, to read the entry without the file. */
    private static String said(JsonNode entry) {
        if (entry.has("message")) {
            return ": " + entry.path("message").path("en").asText();
        }
        return entry.has("missing") ? ": missing " + entry.path("missing") : "";
    }

    /** Entries by "RULE-ID @ path", numbered when the same rule reports the same path more than once. */
    private static Map<String, JsonNode> byKey(JsonNode entries) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        if (!entries.isArray()) {
            return m;
        }
        for (JsonNode entry : entries) {
            String base = entry.path("ruleId").asText("?");
            if (entry.has("path")) {
                base += " @ " + entry.path("path").asText();
            }
            String key = base;
            for (int n = 2; m.containsKey(key); n++) {
                key = base + " #" + n;
            }
            m.put(key, entry);
        }
        return m;
    }
}
