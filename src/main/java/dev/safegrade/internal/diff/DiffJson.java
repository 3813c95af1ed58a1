package dev.safegrade.internal.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.internal.report.ReportJson;
import java.util.List;

/** The diff-v1 JSON contract (docs/diff-v1.md): {@code "diffVersion": 1}, deterministic order, two-space indent. */
public final class DiffJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DiffJson() {
    }

    public static String write(Changes.Diff diff) {
        return ReportJson.pretty(tree(diff));
    }

    public static ObjectNode tree(Changes.Diff diff) {
        ObjectNode o = F.objectNode();
        o.put("diffVersion", 1);
        o.set("old", side(diff.before()));
        o.set("new", side(diff.after()));
        ArrayNode subjects = o.putArray("subjects");
        for (Changes.SubjectDiff s : diff.subjects()) {
            subjects.add(subject(s));
        }
        Changes.Totals t = diff.totals();
        ObjectNode totals = o.putObject("totals");
        totals.putObject("subjects").put("matched", t.matched()).put("new", t.added()).put("gone", t.gone());
        totals.putObject("findings").put("opened", t.opened()).put("closed", t.closed()).put("cleared", t.cleared())
                .put("clearedMajorHazards", t.clearedMajorHazards()).put("closedNotCleared", t.closedNotCleared())
                .put("changed", t.changed()).put("stillOpen", t.stillOpen());
        totals.put("gradeChanges", t.gradeChanges());
        totals.put("unexplained", t.unexplained());
        return o;
    }

    private static ObjectNode side(Changes.SideInfo s) {
        return F.objectNode().put("file", s.file()).put("reports", s.reports()).put("errorRecords", s.errorRecords())
                .put("duplicateSubjects", s.duplicates());
    }

    private static ObjectNode subject(Changes.SubjectDiff s) {
        ObjectNode o = F.objectNode();
        ReportSummary r = s.report();
        ObjectNode subject = o.putObject("subject").put("kind", r.kind()).put("id", r.id());
        if (r.name() != null) {
            subject.put("name", r.name());
        }
        o.put("status", s.status().id());
        o.set("old", report(s.before()));
        o.set("new", report(s.after()));
        ArrayNode findings = o.putArray("findings");
        for (Changes.FindingChange c : s.findings()) {
            ObjectNode f = findings.addObject();
            f.put("change", c.kind().id());
            FindingRef x = c.finding();
            f.put("ruleId", x.ruleId()).put("path", x.path());
            if (x.occurrence() > 1) {
                f.put("occurrence", x.occurrence());
            }
            f.put("pack", x.pack());
            f.putObject("title").put("zh", x.titleZh()).put("en", x.titleEn());
            f.set("old", state(c.before()));
            f.set("new", state(c.after()));
            if (c.kind() == Changes.Kind.CLOSED) {
                f.put("cleared", c.cleared());
                f.put("majorHazard", c.before().majorHazard());
            }
            f.set("reasons", reasons(c.reasons()));
        }
        ArrayNode still = o.putArray("stillOpen");
        for (FindingRef f : s.stillOpen()) {
            ObjectNode e = still.addObject().put("ruleId", f.ruleId()).put("path", f.path());
            if (f.occurrence() > 1) {
                e.put("occurrence", f.occurrence());
            }
            e.put("severity", f.severity());
            e.put("color", f.color());
        }
        ArrayNode grades = o.putArray("grades");
        for (Changes.GradeChange g : s.grades()) {
            grades.addObject().put("grade", g.name()).put("old", g.before()).put("new", g.after()).set("reasons", reasons(g.reasons()));
        }
        return o;
    }

    private static ObjectNode report(ReportSummary r) {
        if (r == null) {
            return null;
        }
        return F.objectNode().put("line", r.line()).put("asOf", r.asOf()).put("source", r.source()).put("digest", r.digest())
                .put("findings", r.findings().size());
    }

    private static ObjectNode state(FindingRef f) {
        return f == null ? null : F.objectNode().put("severity", f.severity()).put("color", f.color());
    }

    private static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode out = F.arrayNode();
        for (Reason r : reasons) {
            ObjectNode o = out.addObject().put("kind", r.kind());
            if (r instanceof Reason.Packs p) {
                if (p.ruleId() != null) {
                    o.put("ruleId", p.ruleId());
                }
                ArrayNode packs = o.putArray("packs");
                for (Reason.PackChange c : p.packs()) {
                    ObjectNode e = packs.addObject().put("id", c.id());
                    e.set("old", pack(c.before()));
                    e.set("new", pack(c.after()));
                }
            } else if (r instanceof Reason.Facts f) {
                o.put("scope", f.scope());
                ArrayNode pointers = o.putArray("pointers");
                f.pointers().forEach(pointers::add);
                o.put("more", f.more());
            } else if (r instanceof Reason.AsOf a) {
                o.put("old", a.before()).put("new", a.after());
            }
        }
        return out;
    }

    private static ObjectNode pack(ReportSummary.PackRef p) {
        return p == null ? null : F.objectNode().put("version", p.version()).put("digest", p.digest());
    }
}
