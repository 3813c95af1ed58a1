package dev.safegrade.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.RiskColor;
import java.util.ArrayList;
import java.util.List;

/** The text of the park grades: parkTenHaves, parkRisk and parkMembers. */
final class ParkGrades {
    private ParkGrades() {
    }

    /** The lines of a park grade (see {@link Grades#describe}), or null when the key is not one of them. */
    static List<String> describe(String key, JsonNode value, boolean zh) {
        return switch (key) {
            case "parkTenHaves" -> tenHaves(value, zh);
            case "parkRisk" -> risk(value, zh);
            case "parkMembers" -> members(value, zh);
            default -> null;
        };
    }

    private static List<String> tenHaves(JsonNode g, boolean zh) {
        List<String> lines = new ArrayList<>();
        lines.add(zh ? "十有 " + g.get("haves").asInt() + "/" + g.get("of").asInt() : g.get("haves").asInt() + " of " + g.get("of").asInt() + " haves");
        lines.add((zh ? "已有：" : "had: ") + ids(g.get("had"), zh));
        lines.add((zh ? "缺少：" : "missing: ") + ids(g.get("missing"), zh));
        if (!g.path("overdue").isEmpty()) {
            lines.add((zh ? "已过完成时限：" : "past their deadline: ") + ids(g.get("overdue"), zh));
        }
        lines.add((zh ? "违反两禁：" : "prohibitions violated: ") + ids(g.get("prohibitionsViolated"), zh));
        if (!g.path("undecided").isEmpty()) {
            lines.add((zh ? "无法判定（缺少事实）：" : "undecided (facts missing): ") + ids(g.get("undecided"), zh));
        }
        return lines;
    }

    /** The class, or the classes the rows not listed leave open; the score, or its range. */
    private static List<String> risk(JsonNode g, boolean zh) {
        JsonNode cls = g.get("class");
        JsonNode classRange = g.path("classRange");
        String label = g.path("label").path(zh ? "zh" : "en").asText("");
        String clsText;
        if (cls != null && !cls.isNull()) {
            clsText = zh ? cls.asText() + " 类" + (label.isEmpty() ? "" : "（" + label + "）") : "class " + cls.asText() + (label.isEmpty() ? "" : " (" + label + ")");
        } else if (classRange.isObject()) {
            String best = classRange.get("best").asText();
            String worst = classRange.get("worst").asText();
            clsText = zh ? "类别未定（可能为 " + best + " 类 … " + worst + " 类）" : "class undecided (could be " + best + " … " + worst + ")";
        } else {
            clsText = zh ? "未分级" : "no class";
        }
        String score = Grades.scalar(Grades.required(g, "score"), zh);
        JsonNode scoreRange = g.path("scoreRange");
        if (scoreRange.isObject()) {
            JsonNode min = Grades.required(scoreRange, "min");
            JsonNode max = scoreRange.get("max");
            if (max == null || max.isNull() || min.decimalValue().compareTo(max.decimalValue()) != 0) {
                score = Grades.scalar(min, zh) + "–" + (max == null || max.isNull() ? "?" : Grades.scalar(max, zh));
            }
        }
        String edition = Grades.required(g, "edition").asText();
        int rows = Grades.required(g, "rows").asInt();
        boolean confirmed = g.path("bandsConfirmed").asBoolean(true);
        String head = zh
                ? clsText + "，得分 " + score + (confirmed ? "" : " [分级未经证实]") + "（导则 " + edition + " 版检查表，" + rows + " 行）"
                : clsText + ", score " + score + (confirmed ? "" : " [bands UNCONFIRMED]") + " (" + edition + " checklist, " + rows + " rows)";
        List<String> lines = new ArrayList<>(List.of(head));
        if (!g.path("uncheckedRows").isEmpty()) {
            lines.add((zh ? "参考资料未载明、分值未经核对的行：" : "rows the reference does not describe (scores not checked): ")
                    + ranges(g.get("uncheckedRows")));
        }
        return lines;
    }

    private static List<String> members(JsonNode g, boolean zh) {
        JsonNode byColor = g.get("byColor");
        List<String> counts = new ArrayList<>();
        for (RiskColor c : RiskColor.values()) {
            counts.add(zh ? c.label().zh() + " " + byColor.get(c.name()).asInt() : byColor.get(c.name()).asInt() + " " + c.name());
        }
        int undetermined = byColor.path("undetermined").asInt();
        counts.add(zh ? "未定 " + undetermined : undetermined + " undetermined");
        List<String> lines = new ArrayList<>();
        lines.add(zh ? "共 " + g.get("count").asInt() + " 家：" + String.join("、", counts)
                : g.get("count").asInt() + " member enterprises: " + String.join(", ", counts));
        for (JsonNode m : g.path("members")) {
            JsonNode colour = m.get("riskColor");
            lines.add(m.get("name").asText() + " (" + m.get("id").asText() + ")  "
                    + (colour == null || colour.isNull() ? (zh ? "未定" : "undetermined") : FourColourGrades.colour(colour, zh)));
        }
        List<String> hazards = new ArrayList<>();
        for (JsonNode h : g.get("openMajorHazards")) {
            List<String> what = new ArrayList<>();
            if (!h.path("registerEntries").isEmpty()) {
                what.add((zh ? "台账 " : "register ") + ids(h.get("registerEntries"), zh));
            }
            if (!h.path("criteriaItems").isEmpty()) {
                what.add((zh ? "判定条目 " : "items ") + ids(h.get("criteriaItems"), zh));
            }
            hazards.add(Wrap.whole(h.get("name").asText()) + (zh ? "（" + String.join("；", what) + "）" : " (" + String.join("; ", what) + ")"));
        }
        lines.add((zh ? "有未整改重大事故隐患：" : "with open 重大事故隐患: ") + (hazards.isEmpty() ? Grades.none(zh) : String.join(zh ? "；" : "; ", hazards)));
        List<String> uninsured = new ArrayList<>();
        for (JsonNode u : g.get("withoutSafetyLiabilityInsurance")) {
            String status = switch (u.get("status").asText()) {
                case "not-insured" -> zh ? "未投保" : "not insured";
                case "lapsed" -> zh ? "保险已过期" : "lapsed";
                case "unknown" -> zh ? "投保情况不明" : "unknown";
                default -> u.get("status").asText();
            };
            boolean required = u.path("required").asBoolean(false);
            uninsured.add(Wrap.whole(u.get("name").asText() + (zh ? "（" + status + (required ? "，须投保" : "") + "）" : " (" + status + (required ? ", required" : "") + ")")));
        }
        lines.add((zh ? "未投保安责险：" : "without 安责险: ") + (uninsured.isEmpty() ? Grades.none(zh) : String.join(zh ? "；" : "; ", uninsured)));
        return lines;
    }

    private static String ids(JsonNode list, boolean zh) {
        List<String> ids = Grades.strings(list);
        return ids.isEmpty() ? Grades.none(zh) : String.join(zh ? "、" : ", ", ids);
    }

    /** Row numbers with runs shortened: 1, 3–5. */
    static String ranges(JsonNode rows) {
        List<String> out = new ArrayList<>();
        List<Integer> n = new ArrayList<>();
        rows.forEach(r -> n.add(r.asInt()));
        for (int i = 0; i < n.size(); ) {
            int j = i;
            while (j + 1 < n.size() && n.get(j + 1) == n.get(j) + 1) {
                j++;
            }
            out.add(j > i + 1 ? n.get(i) + "–" + n.get(j) : j == i + 1 ? n.get(i) + ", " + n.get(j) : String.valueOf(n.get(i)));
            i = j + 1;
        }
        return String.join(", ", out);
    }
}
