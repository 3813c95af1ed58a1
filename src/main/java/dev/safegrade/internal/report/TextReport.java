package dev.safegrade.internal.report;

import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.Finding;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text format: a header, the grades, then one table row per finding with id, severity, colour and citation. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Report r, Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder b = new StringBuilder();
        b.append(zh ? "SafeGrade 评估报告：" : "SafeGrade report: ").append(r.subject().name())
                .append(" (").append(r.subject().id()).append(")\n");
        b.append(zh ? "评估日期 " : "as of ").append(r.asOf()).append(zh ? " · 配置 " : " · profile ").append(r.profile())
                .append(zh ? " · 输入 " : " · input ").append(r.input().source()).append('\n');
        b.append(zh ? "规则包：" : "packs: ").append(r.packs().stream().map(p -> p.id() + " " + p.version())
                .collect(Collectors.joining(", "))).append('\n');

        if (!r.grades().isEmpty()) {
            b.append('\n').append(zh ? "等级" : "Grades").append('\n');
            r.grades().forEach((k, v) -> b.append("  ").append(k).append(": ").append(Grades.describe(k, v, lang)).append('\n'));
        }

        b.append('\n').append(zh ? "发现" : "Findings").append(" (").append(r.findings().size()).append(")\n");
        if (r.findings().isEmpty()) {
            b.append(zh ? "  无\n" : "  none\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(zh ? new String[] {"严重度", "颜色", "规则", "依据", "位置", "说明"}
                    : new String[] {"SEVERITY", "COLOUR", "RULE", "CITATION", "PATH", "MESSAGE"});
            for (Finding f : r.findings()) {
                rows.add(new String[] {f.severity().id(), color(f.color(), lang), f.ruleId(), citations(f.citations(), lang), f.path(),
                        f.message().in(lang)});
            }
            b.append(Table.render(rows));
        }
        if (!r.notEvaluated().isEmpty()) {
            b.append('\n').append(zh ? "未能评估（缺少事实）" : "Not evaluated (facts missing)").append(" (")
                    .append(r.notEvaluated().size()).append(")\n");
            for (NotEvaluated n : r.notEvaluated()) {
                b.append("  ").append(n.ruleId()).append("  ").append(n.path()).append(zh ? "  缺少 " : "  missing ")
                        .append(String.join(", ", n.missing())).append('\n');
            }
        }
        if (!r.notInForce().isEmpty()) {
            b.append('\n').append(zh ? "评估日期时尚未施行或已废止的规则" : "Rules not in force on the as-of date").append(" (")
                    .append(r.notInForce().size()).append(")\n");
            java.util.Set<String> notes = new java.util.LinkedHashSet<>();
            for (NotInForce n : r.notInForce()) {
                b.append("  ").append(n.ruleId()).append("  ").append(n.effectiveFrom() == null ? "…" : n.effectiveFrom())
                        .append(" – ").append(n.effectiveTo() == null ? "…" : n.effectiveTo()).append('\n');
                if (n.note() != null) {
                    notes.add(n.note().in(lang));
                }
            }
            notes.forEach(n -> b.append(zh ? "  说明：" : "  note: ").append(n).append('\n')); // shared by many rules: once each
        }
        return b.toString();
    }

    static String color(RiskColor c, Language lang) {
        if (c == null) {
            return "-";
        }
        return lang == Language.ZH ? c.name() + " " + c.label().zh() : c.name();
    }

    /**
     * The first citation in full (the table stays readable; the JSON report has them all), marked with the least
     * sure confidence among all of them, so an unconfirmed source is never hidden.
     */
    static String citations(List<Citation> cs, Language lang) {
        Citation c = cs.get(0);
        Confidence least = cs.stream().map(Citation::confidence).max(Enum::compareTo).orElseThrow();
        // A document whose 文号 the reference does not give is named by its title.
        String first = (c.docNumber().isEmpty() ? "《" + c.document() + "》" : c.docNumber()) + " " + c.clause() + confidence(least, lang);
        return cs.size() == 1 ? first : first + (lang == Language.ZH ? " 等" + cs.size() + "项" : " (+" + (cs.size() - 1) + ")");
    }

    private static String confidence(Confidence c, Language lang) {
        return switch (c) {
            case CONFIRMED -> "";
            case SECONDARY -> lang == Language.ZH ? " [二手来源]" : " [secondary]";
            case UNCONFIRMED -> lang == Language.ZH ? " [未经证实]" : " [UNCONFIRMED]";
        };
    }


    static String flat(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + "=" + flat(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(TextReport::flat).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }
}
