package dev.safegrade.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the text format shows each grade: a name in the report's language, then lines. The value is read as the
 * JSON report writes it, so what the text shows is what the JSON says. A key no renderer knows (a future pack's)
 * is shown generically as indented {@code key: value} lines.
 */
final class Grades {
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("riskColor", new String[] {"企业风险等级", "enterprise risk level"}),
            Map.entry("riskPoints", new String[] {"风险点", "risk points"}),
            Map.entry("majorHazardSources", new String[] {"重大危险源", "major hazard sources"}),
            Map.entry("chemEnterpriseRisk", new String[] {"安全风险评估诊断（应急〔2018〕19号）", "2018 risk diagnosis (应急〔2018〕19号)"}),
            Map.entry("accidents", new String[] {"事故等级", "accidents"}),
            Map.entry("standardization", new String[] {"安全生产标准化", "standardisation"}),
            Map.entry("majorRiskList", new String[] {"重大风险清单", "major risk list"}),
            Map.entry("parkTenHaves", new String[] {"十有两禁", "ten haves, two prohibitions"}),
            Map.entry("parkRisk", new String[] {"园区安全风险等级", "park risk class"}),
            Map.entry("parkMembers", new String[] {"入园企业", "park members"}));
    private static final Map<String, String[]> ACCIDENT_GRADES = Map.of(
            "especially-major", new String[] {"特别重大事故", "especially major"},
            "major", new String[] {"重大事故", "major"},
            "large", new String[] {"较大事故", "large"},
            "general", new String[] {"一般事故", "general"});
    private static final String[] LEVELS_ZH = {"", "一级", "二级", "三级"};

    private Grades() {
    }

    /** The grade's name in the report's language; the report-v1 key for a key it does not know. */
    static String name(String key, Language lang) {
        String[] n = NAMES.get(key);
        return n == null ? key : n[lang == Language.ZH ? 0 : 1];
    }

    /**
     * The grade as lines: the first follows the name on its line (may be empty), each further line is shown
     * under it, indented by its own leading spaces.
     */
    static List<String> describe(String key, JsonNode value, Language lang) {
        boolean zh = lang == Language.ZH;
        try {
            List<String> lines = switch (key) {
                case "accidents" -> List.of(accidents(value, zh));
                case "standardization" -> List.of(standardization(value, zh));
                default -> {
                    List<String> fourColour = FourColourGrades.describe(key, value, zh);
                    yield fourColour != null ? fourColour : ParkGrades.describe(key, value, zh);
                }
            };
            if (lines != null) {
                return lines;
            }
        } catch (RuntimeException shapeChanged) {
            // a shape this renderer does not know (a newer pack): shown generically below, never lost
        }
        return generic(value, zh);
    }

    private static String accidents(JsonNode list, boolean zh) {
        requireArray(list);
        List<String> each = new ArrayList<>();
        for (JsonNode a : list) {
            String[] label = ACCIDENT_GRADES.get(a.get("grade").asText());
            each.add(Wrap.whole(a.get("id").asText() + " " + (label == null ? a.get("grade").asText() : label[zh ? 0 : 1])));
        }
        return String.join(zh ? "；" : "; ", each);
    }

    private static String standardization(JsonNode s, boolean zh) {
        int grade = s.get("grade").asInt();
        String validUntil = s.path("validUntil").isTextual() ? s.get("validUntil").asText() : null;
        boolean valid = s.path("valid").asBoolean(true);
        if (zh) {
            return (grade >= 1 && grade <= 3 ? LEVELS_ZH[grade] : grade + " 级") + (validUntil == null ? "" : "，有效期至 " + validUntil)
                    + (valid ? "" : "（已过期）");
        }
        return "grade " + grade + (validUntil == null ? "" : ", valid until " + validUntil) + (valid ? "" : " (lapsed)");
    }

    /** Any JSON value as indented {@code key: value} lines (a YAML-like outline), never a map's toString. */
    static List<String> generic(JsonNode value, boolean zh) {
        String inline = inline(value, zh);
        if (inline != null) {
            return List.of(inline);
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        outline(value, "", zh, lines);
        return lines;
    }

    private static void outline(JsonNode v, String indent, boolean zh, List<String> out) {
        if (v.isObject()) {
            v.fields().forEachRemaining(e -> {
                String inline = inline(e.getValue(), zh);
                if (inline != null) {
                    out.add(indent + e.getKey() + ": " + inline);
                } else {
                    out.add(indent + e.getKey() + ":");
                    outline(e.getValue(), indent + "  ", zh, out);
                }
            });
            return;
        }
        for (JsonNode item : v) {
            String inline = inline(item, zh);
            if (inline != null) {
                out.add(indent + "- " + inline);
            } else {
                int first = out.size();
                outline(item, indent + "  ", zh, out);
                if (out.size() > first) {
                    out.set(first, indent + "- " + out.get(first).substring(indent.length() + 2));
                }
            }
        }
    }

    /** The value on one line, or null when it needs an outline: a scalar, a zh/en text, a list of such. */
    private static String inline(JsonNode v, boolean zh) {
        if (v.isValueNode() || v.isNull()) {
            return scalar(v, zh);
        }
        if (v.isObject() && v.size() == 2 && v.path("zh").isTextual() && v.path("en").isTextual()) {
            return v.get(zh ? "zh" : "en").asText();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) {
                String s = item.isValueNode() || item.isNull() ? scalar(item, zh) : null;
                if (s == null) {
                    return null;
                }
                items.add(s);
            }
            return items.isEmpty() ? none(zh) : String.join(", ", items);
        }
        return v.isObject() && v.isEmpty() ? none(zh) : null;
    }

    /** A number as JSON writes it (plain, no exponent), a boolean in words, null as "-". */
    static String scalar(JsonNode v, boolean zh) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "-";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? (zh ? "是" : "yes") : (zh ? "否" : "no");
        }
        if (v.isBigDecimal() || v.isDouble() || v.isFloat()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.asText();
    }

    static String none(boolean zh) {
        return zh ? "无" : "none";
    }

    static List<String> strings(JsonNode list) {
        requireArray(list);
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A field a renderer cannot do without: its absence means a shape it does not know. */
    static JsonNode required(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v;
    }

    static void requireArray(JsonNode v) {
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("not a list");
        }
    }
}
