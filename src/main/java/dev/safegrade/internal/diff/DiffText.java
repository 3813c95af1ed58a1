package dev.safegrade.internal.diff;

import java.util.List;

/** The text diff: per subject its changes grouped opened/closed/changed, each with its reasons, then the totals. */
public final class DiffText {
    private DiffText() {
    }

    public static String write(Changes.Diff diff, boolean zh) {
        Wording w = new Wording(zh);
        StringBuilder b = new StringBuilder();
        b.append("safegrade diff: ").append(side(w, diff.before())).append(" → ").append(side(w, diff.after())).append('\n');
        for (Changes.SubjectDiff s : diff.subjects()) {
            if (s.status() == Changes.Status.MATCHED && s.findings().isEmpty() && s.grades().isEmpty()) {
                continue; // unchanged: counted in the totals, not listed
            }
            ReportSummary r = s.report();
            b.append('\n').append(Wording.safe(r.kind())).append(' ').append(Wording.safe(r.id()));
            if (r.name() != null) {
                b.append(' ').append(Wording.safe(r.name()));
            }
            String status = w.status(s);
            b.append(status.isEmpty() ? "" : "  — " + status).append('\n');
            if (s.status() == Changes.Status.MATCHED) {
                b.append("  asOf ").append(Wording.safe(s.before().asOf())).append(" → ").append(Wording.safe(s.after().asOf()))
                        .append(w.w("；事实 ", "; facts ")).append(Wording.shortDigest(s.before().digest())).append(" → ")
                        .append(Wording.shortDigest(s.after().digest())).append('\n');
            }
            Changes.Kind group = null;
            for (Changes.FindingChange c : s.findings()) {
                if (c.kind() != group) {
                    group = c.kind();
                    b.append("  ").append(w.heading(group)).append('\n');
                }
                FindingRef f = c.finding();
                b.append("    ").append(state(c)).append("  ").append(Wording.safe(f.ruleId())).append("  ").append(Wording.safe(f.path()))
                        .append("  ").append(Wording.safe(f.title(zh)));
                String closing = w.closing(c);
                b.append(closing.isEmpty() ? "" : "  [" + closing + "]").append('\n');
                reasons(b, w, c.reasons());
            }
            if (!s.grades().isEmpty()) {
                b.append("  ").append(w.w("等级", "Grades")).append('\n');
                for (Changes.GradeChange g : s.grades()) {
                    b.append("    ").append(Wording.safe(g.name())).append(": ").append(Wording.safe(g.before())).append(" → ")
                            .append(Wording.safe(g.after())).append('\n');
                    reasons(b, w, g.reasons());
                }
            }
            if (s.status() == Changes.Status.MATCHED) {
                b.append("  ").append(w.w("仍存在：", "Still open: ")).append(s.stillOpen().size()).append('\n');
            }
        }
        Changes.Totals t = diff.totals();
        b.append('\n').append(w.w("合计", "Totals")).append('\n');
        b.append(w.w("  主体：匹配 " + t.matched() + "，新增 " + t.added() + "，消失 " + t.gone(),
                "  subjects: " + t.matched() + " matched, " + t.added() + " new, " + t.gone() + " gone")).append('\n');
        b.append(w.w("  发现：新增 " + t.opened() + "，消除 " + t.closed() + "（已销号 " + t.cleared() + "，其中重大事故隐患 " + t.clearedMajorHazards()
                        + "；消除但未销号 " + t.closedNotCleared() + "），变化 " + t.changed() + "，仍存在 " + t.stillOpen(),
                "  findings: " + t.opened() + " opened, " + t.closed() + " closed (" + t.cleared() + " cleared, of which "
                        + t.clearedMajorHazards() + " 重大事故隐患; " + t.closedNotCleared() + " closed, not cleared), " + t.changed()
                        + " changed, " + t.stillOpen() + " still open")).append('\n');
        b.append(w.w("  等级变化：", "  grade changes: ")).append(t.gradeChanges()).append('\n');
        if (t.unexplained() > 0) {
            b.append(w.w("  无法解释的变化：", "  unexplained changes: ")).append(t.unexplained()).append('\n');
        }
        return b.toString();
    }

    static String side(Wording w, Changes.SideInfo s) {
        String counts = w.w(s.reports() + " 份报告", s.reports() + (s.reports() == 1 ? " report" : " reports"))
                + (s.errorRecords() > 0 ? w.w("，跳过 " + s.errorRecords() + " 条错误记录", ", " + s.errorRecords() + (s.errorRecords() == 1 ? " error record" : " error records") + " skipped") : "")
                + (s.duplicates() > 0 ? w.w("，" + s.duplicates() + " 个主体重复（取最后一份）", ", " + s.duplicates() + (s.duplicates() == 1 ? " repeated subject" : " repeated subjects") + " (the last report counts)") : "");
        return Wording.safe(s.file()) + " (" + counts + ")";
    }

    /** {@code critical RED} for an opened or closed finding; {@code high → medium, RED → ORANGE} for a changed one. */
    static String state(Changes.FindingChange c) {
        if (c.kind() != Changes.Kind.CHANGED) {
            FindingRef f = c.finding();
            return String.format("%-8s %-6s", Wording.safe(f.severity()), f.color() == null ? "" : Wording.safe(f.color()));
        }
        return Wording.safe(c.before().severity()) + " → " + Wording.safe(c.after().severity()) + ", "
                + Wording.safe(c.before().color()) + " → " + Wording.safe(c.after().color());
    }

    private static void reasons(StringBuilder b, Wording w, List<Reason> reasons) {
        for (Reason r : reasons) {
            b.append("      ").append(w.w("原因：", "why: ")).append(w.reason(r)).append('\n');
        }
    }
}
