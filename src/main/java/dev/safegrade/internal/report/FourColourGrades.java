package dev.safegrade.internal.report;

import dev.safegrade.Language;
import dev.safegrade.RiskColor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of the four-colour grades: riskColor, riskPoints, majorRiskList, majorHazardSources and
 * chemEnterpriseRisk. Long lists run on indented lines under their key.
 */
final class FourColourGrades {
    private static final String[] LEVELS_ZH = {"", "一级", "二级", "三级", "四级"};

    private FourColourGrades() {
    }

    /** The text of a four-colour grade, or null when the key is not one of them. */
    static String describe(String key, Object value, Language lang) {
        boolean zh = lang == Language.ZH;
        return switch (key) {
            case "riskColor" -> value instanceof Map<?, ?> m ? riskColor(m, zh) : null;
            case "riskPoints" -> value instanceof List<?> l ? riskPoints(l, zh) : null;
            case "majorRiskList" -> value instanceof List<?> l ? majorRiskList(l, zh) : null;
            case "majorHazardSources" -> value instanceof List<?> l ? majorHazardSources(l, zh) : null;
            case "chemEnterpriseRisk" -> value instanceof Map<?, ?> m ? chemEnterpriseRisk(m, zh) : null;
            default -> null;
        };
    }

    private static String riskColor(Map<?, ?> m, boolean zh) {
        if (m.get("value") == null) {
            return undecided(m.get("colorRange"), zh) + incomplete(m.get("complete"), zh);
        }
        String decidedBy = m.get("decidedBy") instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(", ")) : "";
        return colour(m.get("value"), zh) + (zh ? "（就高，由 " + decidedBy + " 决定）" : " (highest input: " + decidedBy + ")")
                + incomplete(m.get("complete"), zh);
    }

    private static String riskPoints(List<?> points, boolean zh) {
        int[] count = new int[RiskColor.values().length];
        int undecided = 0;
        List<String> lines = new ArrayList<>();
        for (Object o : points) {
            Map<?, ?> p = (Map<?, ?>) o;
            Object c = p.get("color");
            if (c == null) {
                undecided++;
            } else {
                count[RiskColor.valueOf(c.toString()).ordinal()]++;
            }
            String score = p.get("method") == null ? (zh ? "未评价" : "not assessed") : p.get("method") + " " + TextReport.flat(p.get("score"));
            String direct = p.get("direct") instanceof List<?> d && !d.isEmpty()
                    ? (zh ? "，直接判定 " : ", directly ") + d.stream().map(String::valueOf).collect(Collectors.joining(", ")) : "";
            lines.add(p.get("id") + "  " + score + " → " + (c == null ? (zh ? "未定" : "undecided") : colour(c, zh)) + direct
                    + incomplete(p.get("complete"), zh));
        }
        StringBuilder head = new StringBuilder();
        for (RiskColor c : RiskColor.values()) {
            head.append(head.length() == 0 ? "" : zh ? "、" : ", ").append(zh ? c.label().zh() + " " + count[c.ordinal()]
                    : count[c.ordinal()] + " " + c.name());
        }
        if (undecided > 0) {
            head.append(zh ? "、未定 " + undecided : ", " + undecided + " undecided");
        }
        return head + block(lines);
    }

    private static String majorRiskList(List<?> entries, boolean zh) {
        List<String> lines = new ArrayList<>();
        for (Object o : entries) {
            Map<?, ?> e = (Map<?, ?>) o;
            lines.add(e.get("id") + "  " + e.get("name") + (e.get("unit") == null ? "" : " [" + e.get("unit") + "]") + "  " + colour(e.get("color"), zh));
        }
        return (zh ? "重大、较大风险 " + entries.size() + " 项（重大在前）" : entries.size() + " RED or ORANGE point(s), RED first") + block(lines);
    }

    private static String majorHazardSources(List<?> sources, boolean zh) {
        return sources.stream().map(o -> (Map<?, ?>) o).map(s -> {
            int level = ((Number) s.get("level")).intValue();
            String name = zh ? LEVELS_ZH[level] : "level " + level;
            return s.get("unit") + " " + name + " (S = " + TextReport.flat(s.get("S")) + ", α = " + TextReport.flat(s.get("alpha"))
                    + ", R = " + TextReport.flat(s.get("R")) + ")";
        }).collect(Collectors.joining("; "));
    }

    private static String chemEnterpriseRisk(Map<?, ?> m, boolean zh) {
        String red = m.get("directRed") instanceof List<?> l && !l.isEmpty()
                ? l.stream().map(String::valueOf).collect(Collectors.joining(", ")) : (zh ? "无" : "none");
        String score = m.get("score") != null ? TextReport.flat(m.get("score")) : m.get("scoreRange") instanceof Map<?, ?> r
                ? TextReport.flat(r.get("min")) + "–" + (r.get("max") == null ? "?" : TextReport.flat(r.get("max"))) : "?";
        String color = m.get("color") != null ? colour(m.get("color"), zh) : undecided(m.get("colorRange"), zh);
        String head = (zh ? "得分 " : "score ") + score + " → " + color
                + (zh ? "（直接判定红色：" + red + "）" : " (direct-red: " + red + ")") + incomplete(m.get("complete"), zh);
        List<String> items = new ArrayList<>();
        if (m.get("items") instanceof List<?> l) {
            for (Object o : l) {
                Map<?, ?> i = (Map<?, ?>) o;
                items.add(i.get("no") + " −" + TextReport.flat(i.get("lost")) + "/" + TextReport.flat(i.get("points"))
                        + (isZero(i.get("bonus")) ? "" : " +" + TextReport.flat(i.get("bonus"))) + (Boolean.FALSE.equals(i.get("complete")) ? "?" : ""));
            }
        }
        boolean open = items.stream().anyMatch(i -> i.endsWith("?"));
        return items.isEmpty() ? head : head + "\n    " + (zh ? "各项扣分/满分：" : "items lost/points: ") + String.join("  ", items)
                + (open ? (zh ? "（? 为事实不全的项）" : " (? = facts incomplete)") : "");
    }

    private static String colour(Object c, boolean zh) {
        if (c == null) {
            return "-";
        }
        RiskColor color = RiskColor.valueOf(c.toString());
        return color.name() + " " + (zh ? color.label().zh() : color.label().en());
    }

    /** An undecided colour: the best and worst the unknown facts allow. */
    private static String undecided(Object range, boolean zh) {
        String between = range instanceof Map<?, ?> r ? colour(r.get("best"), zh) + " … " + colour(r.get("worst"), zh) : "";
        return (zh ? "未定（可能为 " : "undecided (could be ") + between + (zh ? "）" : ")");
    }

    private static String incomplete(Object complete, boolean zh) {
        return Boolean.FALSE.equals(complete) ? (zh ? "（事实不全）" : " (facts incomplete)") : "";
    }

    private static boolean isZero(Object n) {
        return n instanceof Number x && x.doubleValue() == 0;
    }

    private static String block(List<String> lines) {
        return lines.stream().map(l -> "\n    " + l).collect(Collectors.joining());
    }
}
