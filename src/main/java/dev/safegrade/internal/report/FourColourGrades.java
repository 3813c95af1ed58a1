package dev.safegrade.internal.report;

import static dev.safegrade.internal.report.Grades.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.RiskColor;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the four-colour grades: riskColor, riskPoints, majorRiskList, majorHazardSources and
 * chemEnterpriseRisk. Lists run on indented lines under the grade.
 */
final class FourColourGrades {
    private static final String[] LEVELS_ZH = {"", "一级", "二级", "三级", "四级"};

    private FourColourGrades() {
    }

    /** The lines of a four-colour grade (see {@link Grades#describe}), or null when the key is not one of them. */
    static List<String> describe(String key, JsonNode value, boolean zh) {
        return switch (key) {
            case "riskColor" -> List.of(riskColor(value, zh));
            case "riskPoints" -> riskPoints(value, zh);
            case "majorRiskList" -> majorRiskList(value, zh);
            case "majorHazardSources" -> List.of(majorHazardSources(value, zh));
            case "chemEnterpriseRisk" -> chemEnterpriseRisk(value, zh);
            default -> null;
        };
    }

    private static String riskColor(JsonNode m, boolean zh) {
        if (isNull(m.get("value"))) {
            return undecided(m.get("colorRange"), zh) + incomplete(m.get("complete"), zh);
        }
        String decidedBy = String.join(", ", Grades.strings(m.path("decidedBy")));
        return colour(m.get("value"), zh) + (zh ? "（就高，由 " + decidedBy + " 决定）" : " (highest input: " + decidedBy + ")")
                + incomplete(m.get("complete"), zh);
    }

    private static List<String> riskPoints(JsonNode points, boolean zh) {
        Grades.requireArray(points);
        int[] count = new int[RiskColor.values().length];
        int undecided = 0;
        List<String> lines = new ArrayList<>();
        lines.add("");
        for (JsonNode p : points) {
            JsonNode c = p.get("color");
            if (c == null || c.isNull()) {
                undecided++;
            } else {
                count[RiskColor.valueOf(c.asText()).ordinal()]++;
            }
            JsonNode method = p.get("method");
            String score = method == null || method.isNull() ? (zh ? "未评价" : "not assessed") : method.asText() + " " + scalar(p.get("score"), zh);
            String direct = p.path("direct").isArray() && !p.path("direct").isEmpty()
                    ? (zh ? "，直接判定 " : ", directly ") + String.join(", ", Grades.strings(p.get("direct"))) : "";
            lines.add(p.get("id").asText() + "  " + score + " → " + (c == null || c.isNull() ? (zh ? "未定" : "undecided") : colour(c, zh))
                    + direct + incomplete(p.get("complete"), zh));
        }
        StringBuilder head = new StringBuilder();
        for (RiskColor c : RiskColor.values()) {
            head.append(head.length() == 0 ? "" : zh ? "、" : ", ").append(zh ? c.label().zh() + " " + count[c.ordinal()]
                    : count[c.ordinal()] + " " + c.name());
        }
        if (undecided > 0) {
            head.append(zh ? "、未定 " + undecided : ", " + undecided + " undecided");
        }
        lines.set(0, head.toString());
        return lines;
    }

    private static List<String> majorRiskList(JsonNode entries, boolean zh) {
        Grades.requireArray(entries);
        List<String> lines = new ArrayList<>();
        lines.add(zh ? "重大、较大风险 " + entries.size() + " 项（重大在前）" : entries.size() + " RED or ORANGE point(s), RED first");
        for (JsonNode e : entries) {
            JsonNode unit = e.get("unit");
            lines.add(e.get("id").asText() + "  " + e.get("name").asText() + (unit == null || unit.isNull() ? "" : " [" + unit.asText() + "]")
                    + "  " + colour(e.get("color"), zh));
        }
        return lines;
    }

    private static String majorHazardSources(JsonNode sources, boolean zh) {
        Grades.requireArray(sources);
        List<String> each = new ArrayList<>();
        for (JsonNode s : sources) {
            int level = s.get("level").asInt();
            String name = zh ? LEVELS_ZH[level] : "level " + level;
            // one source's figures stay on one line
            each.add(Wrap.whole(s.get("unit").asText() + " " + name + " (S = " + scalar(s.get("S"), zh) + ", α = " + scalar(s.get("alpha"), zh)
                    + ", R = " + scalar(s.get("R"), zh) + ")"));
        }
        return String.join("; ", each);
    }

    private static List<String> chemEnterpriseRisk(JsonNode m, boolean zh) {
        List<String> red = Grades.strings(m.path("directRed"));
        JsonNode range = m.path("scoreRange");
        String score = !isNull(m.get("score")) ? scalar(m.get("score"), zh)
                : range.isObject() ? scalar(range.get("min"), zh) + "–" + (isNull(range.get("max")) ? "?" : scalar(range.get("max"), zh)) : "?";
        String color = !isNull(m.get("color")) ? colour(m.get("color"), zh) : undecided(m.get("colorRange"), zh);
        String head = (zh ? "得分 " : "score ") + score + " → " + color
                + (zh ? "（直接判定红色：" : " (direct-red: ") + (red.isEmpty() ? Grades.none(zh) : String.join(", ", red)) + (zh ? "）" : ")")
                + incomplete(m.get("complete"), zh);
        List<String> items = new ArrayList<>();
        boolean open = false;
        for (JsonNode i : m.path("items")) {
            boolean incomplete = i.path("complete").isBoolean() && !i.get("complete").asBoolean();
            open |= incomplete;
            JsonNode bonus = i.get("bonus");
            items.add(Wrap.whole(i.get("no").asText() + " −" + scalar(i.get("lost"), zh) + "/" + scalar(i.get("points"), zh)
                    + (bonus == null || bonus.isNull() || bonus.decimalValue().signum() == 0 ? "" : " +" + scalar(bonus, zh))
                    + (incomplete ? "?" : "")));
        }
        if (items.isEmpty()) {
            return List.of(head);
        }
        return List.of(head, (zh ? "各项扣分/满分：" : "items lost/points: ") + String.join("  ", items)
                + (open ? (zh ? "（? 为事实不全的项）" : " (? = facts incomplete)") : ""));
    }

    static String colour(JsonNode c, boolean zh) {
        if (c == null || c.isNull()) {
            return "-";
        }
        RiskColor color = RiskColor.valueOf(c.asText());
        return color.name() + " " + (zh ? color.label().zh() : color.label().en());
    }

    /** An undecided colour: the best and worst the unknown facts allow. */
    private static String undecided(JsonNode range, boolean zh) {
        String between = range != null && range.isObject() ? colour(range.get("best"), zh) + " … " + colour(range.get("worst"), zh) : "";
        return (zh ? "未定（可能为 " : "undecided (could be ") + between + (zh ? "）" : ")");
    }

    private static boolean isNull(JsonNode v) {
        return v == null || v.isNull();
    }

    private static String incomplete(JsonNode complete, boolean zh) {
        return complete != null && complete.isBoolean() && !complete.asBoolean() ? (zh ? "（事实不全）" : " (facts incomplete)") : "";
    }
}
