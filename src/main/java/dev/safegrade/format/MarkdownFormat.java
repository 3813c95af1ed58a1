package dev.safegrade.format;

import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.Finding;
import dev.safegrade.GradeLine;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.Report;
import dev.safegrade.Text;
import dev.safegrade.WaivedFinding;
import dev.safegrade.WaiverNotice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GitHub-flavoured Markdown for tickets and wikis: per report a heading, the grades, the findings as a table (message,
 * citation and its confidence in the row), then what was not evaluated and what was not in force.
 */
final class MarkdownFormat implements ReportFormat {
    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String description() {
        return "Markdown for tickets and wikis, in --lang";
    }

    @Override
    public void write(List<Report> reports, RenderContext context, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                b.append("\n---\n\n");
            }
            report(reports.get(i), context.language(), b);
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void report(Report r, Language lang, StringBuilder b) {
        boolean zh = lang == Language.ZH;
        b.append("## ").append(cell(r.subject().name())).append(" (`").append(r.subject().id()).append("`)\n\n");
        b.append(zh ? "评估日期 " : "As of ").append(r.asOf()).append(zh ? " · 配置 " : " · profile ").append(r.profile())
                .append(zh ? " · 输入 `" : " · input `").append(r.input().source()).append("`  \n");
        b.append(zh ? "规则包：" : "Packs: ").append(r.packs().stream().map(p -> p.id() + " " + p.version())
                .collect(Collectors.joining(", "))).append("\n\n");

        List<GradeLine> grades = r.gradeLines(lang);
        if (!grades.isEmpty()) {
            b.append("### ").append(zh ? "等级" : "Grades").append("\n\n");
            for (GradeLine g : grades) {
                b.append("- **").append(cell(g.name())).append("**: ").append(cell(String.join(" ", g.lines()))).append('\n');
            }
            b.append('\n');
        }

        b.append("### ").append(zh ? "发现" : "Findings").append(" (").append(r.findings().size()).append(")\n\n");
        if (r.findings().isEmpty()) {
            b.append(zh ? "无。" : "None.").append("\n\n");
        } else {
            b.append(zh ? "| 严重度 | 颜色 | 规则 | 位置 | 说明 | 依据 |\n" : "| Severity | Colour | Rule | Path | Message | Citation |\n");
            b.append("|---|---|---|---|---|---|\n");
            for (Finding f : r.findings()) {
                b.append("| ").append(f.severity().id())
                        .append(" | ").append(f.color() == null ? "" : f.color().name() + " " + cell(f.color().label().in(lang)))
                        .append(" | `").append(f.ruleId()).append('`')
                        .append(" | `").append(f.path()).append('`')
                        .append(" | ").append(cell(f.message().in(lang)))
                        .append(" | ").append(cell(f.citations().stream().map(c -> citation(c, zh)).collect(Collectors.joining("; "))))
                        .append(" |\n");
            }
            b.append('\n');
        }

        if (!r.waived().isEmpty()) {
            b.append("### ").append(zh ? "已豁免" : "Waived").append(" (").append(r.waived().size()).append(")\n\n");
            for (WaivedFinding w : r.waived()) {
                b.append("- `").append(w.finding().ruleId()).append("` @ `").append(w.finding().path()).append("` (")
                        .append(w.finding().severity().id()).append("): ").append(cell(w.finding().message().in(lang))).append("  \n  ")
                        .append(cell(w.waiver().summary(lang))).append('\n');
            }
            b.append('\n');
        }
        if (!r.waiverNotices().isEmpty()) {
            b.append("### ").append(zh ? "未起作用的豁免" : "Waivers that waived nothing").append(" (").append(r.waiverNotices().size()).append(")\n\n");
            for (WaiverNotice n : r.waiverNotices()) {
                b.append("- **").append(n.status().id()).append("** `").append(n.waiver().rule()).append("`: ").append(cell(n.waiver().summary(lang)))
                        .append('\n');
            }
            b.append('\n');
        }
        if (!r.notEvaluated().isEmpty()) {
            b.append("### ").append(zh ? "未能评估（缺少事实）" : "Not evaluated (facts missing)").append(" (")
                    .append(r.notEvaluated().size()).append(")\n\n");
            for (NotEvaluated n : r.notEvaluated()) {
                b.append("- `").append(n.ruleId()).append("` @ `").append(n.path()).append("`: ").append(zh ? "缺少 " : "missing ")
                        .append(n.missing().stream().map(m -> "`" + m + "`").collect(Collectors.joining(", "))).append('\n');
            }
            b.append('\n');
        }
        if (!r.notInForce().isEmpty()) {
            b.append("### ").append(zh ? "评估日期时尚未施行或已废止的规则" : "Rules not in force on the as-of date").append(" (")
                    .append(r.notInForce().size()).append(")\n\n");
            for (NotInForce n : r.notInForce()) {
                b.append("- `").append(n.ruleId()).append("`: ").append(n.effectiveFrom() == null ? "…" : n.effectiveFrom()).append(" – ")
                        .append(n.effectiveTo() == null ? "…" : n.effectiveTo());
                if (n.note() != null) {
                    b.append(" — ").append(cell(n.note().in(lang)));
                }
                b.append('\n');
            }
            b.append('\n');
        }
        b.append("_SafeGrade ").append(r.toolVersion()).append("_\n");
    }

    /** 《document》 文号 clause, marked when its confidence is below confirmed. */
    private static String citation(Citation c, boolean zh) {
        StringBuilder s = new StringBuilder(c.reference());
        if (c.confidence() == Confidence.SECONDARY) {
            s.append(zh ? " **[二手来源]**" : " **[secondary]**");
        } else if (c.confidence() == Confidence.UNCONFIRMED) {
            s.append(zh ? " **[未经证实]**" : " **[UNCONFIRMED]**");
        }
        return s.toString();
    }

    /**
     * Text safe inside a table cell or a list item: no line breaks, pipes escaped, HTML-special characters escaped,
     * other control characters shown (Text.visible).
     */
    private static String cell(String text) {
        return Text.visible(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("\r\n", "<br>").replace("\n", "<br>"));
    }
}
