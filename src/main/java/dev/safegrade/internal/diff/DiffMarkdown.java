package dev.safegrade.internal.diff;

import java.util.stream.Collectors;

/** The Markdown diff: a section per changed subject with a table of finding changes and one of grade changes. */
public final class DiffMarkdown {
    private DiffMarkdown() {
    }

    public static String write(Changes.Diff diff, boolean zh) {
        Wording w = new Wording(zh);
        StringBuilder b = new StringBuilder();
        b.append("# safegrade diff\n\n");
        b.append(w.w("旧：", "Old: ")).append(cell(DiffText.side(w, diff.before()))).append("  \n")
                .append(w.w("新：", "New: ")).append(cell(DiffText.side(w, diff.after()))).append('\n');
        for (Changes.SubjectDiff s : diff.subjects()) {
            if (s.status() == Changes.Status.MATCHED && s.findings().isEmpty() && s.grades().isEmpty()) {
                continue;
            }
            ReportSummary r = s.report();
            b.append("\n## ").append(cell(r.kind())).append(' ').append(cell(r.id())).append(r.name() == null ? "" : " " + cell(r.name()));
            String status = w.status(s);
            b.append(status.isEmpty() ? "" : " — " + cell(status)).append("\n\n");
            if (s.status() == Changes.Status.MATCHED) {
                b.append("asOf ").append(cell(s.before().asOf())).append(" → ").append(cell(s.after().asOf()))
                        .append(w.w("，仍存在 ", ", still open: ")).append(s.stillOpen().size()).append("\n\n");
            }
            if (!s.findings().isEmpty()) {
                b.append(w.w("| 变化 | 严重度 · 颜色 | 规则 | 位置 | 标题 | 原因 |\n", "| change | severity · colour | rule | path | title | why |\n"));
                b.append("|---|---|---|---|---|---|\n");
                for (Changes.FindingChange c : s.findings()) {
                    FindingRef f = c.finding();
                    String closing = w.closing(c);
                    b.append("| ").append(w.heading(c.kind())).append(closing.isEmpty() ? "" : " (" + closing + ")")
                            .append(" | ").append(cell(DiffText.state(c).trim().replaceAll(" +", " ")))
                            .append(" | ").append(cell(f.ruleId())).append(" | ").append(cell(f.path()))
                            .append(" | ").append(cell(f.title(zh))).append(" | ")
                            .append(c.reasons().stream().map(x -> cell(w.reason(x))).collect(Collectors.joining("<br>"))).append(" |\n");
                }
                b.append('\n');
            }
            if (!s.grades().isEmpty()) {
                b.append(w.w("| 等级 | 旧 | 新 | 原因 |\n", "| grade | old | new | why |\n")).append("|---|---|---|---|\n");
                for (Changes.GradeChange g : s.grades()) {
                    b.append("| ").append(cell(g.name())).append(" | ").append(cell(g.before())).append(" | ").append(cell(g.after())).append(" | ")
                            .append(g.reasons().stream().map(x -> cell(w.reason(x))).collect(Collectors.joining("<br>"))).append(" |\n");
                }
                b.append('\n');
            }
        }
        Changes.Totals t = diff.totals();
        b.append(diff.subjects().isEmpty() ? "\n" : "").append(w.w("## 合计\n\n", "## Totals\n\n"));
        b.append(w.w("| 项 | 数 |\n", "| | count |\n")).append("|---|---:|\n");
        row(b, w.w("匹配主体", "subjects matched"), t.matched());
        row(b, w.w("新主体", "new subjects"), t.added());
        row(b, w.w("消失主体", "gone subjects"), t.gone());
        row(b, w.w("新增发现", "findings opened"), t.opened());
        row(b, w.w("消除发现", "findings closed"), t.closed());
        row(b, w.w("其中已销号", "of which cleared"), t.cleared());
        row(b, w.w("已销号的重大事故隐患", "cleared 重大事故隐患"), t.clearedMajorHazards());
        row(b, w.w("消除但未销号", "closed, not cleared"), t.closedNotCleared());
        row(b, w.w("变化", "changed"), t.changed());
        row(b, w.w("仍存在", "still open"), t.stillOpen());
        row(b, w.w("等级变化", "grade changes"), t.gradeChanges());
        if (t.unexplained() > 0) {
            row(b, w.w("无法解释", "unexplained"), t.unexplained());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String label, int n) {
        b.append("| ").append(label).append(" | ").append(n).append(" |\n");
    }

    /** A table cell: no control characters, no line breaks, Markdown's active characters escaped. */
    static String cell(String s) {
        return Wording.safe(s).replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
