package dev.safegrade.internal.diff;

import dev.safegrade.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two sides report by report: matched by subject (kind and id), then finding by finding (ruleId, path),
 * then grade by grade, each change with its reasons. Subjects come out sorted by kind and id, changes by kind
 * (opened, closed, changed), severity, rule and path: the same inputs give the same diff.
 */
public final class Differ {
    private final Map<String, Set<String>> gradePacks;
    private final FactSources sources = new FactSources();

    /** @param gradePacks grade key → the packs that declare it ({@link GradePacks#shipped()}) */
    public Differ(Map<String, Set<String>> gradePacks) {
        this.gradePacks = gradePacks;
    }

    /**
     * @param beforeFacts the fact file of OLD's one report when the user named it, or null (likewise afterFacts)
     */
    public Changes.Diff diff(ReportReader.Side before, ReportReader.Side after, Path beforeFacts, Path afterFacts) {
        Map<String, ReportSummary> b = bySubject(before.reports());
        Map<String, ReportSummary> a = bySubject(after.reports());
        Set<String> keys = new java.util.TreeSet<>(b.keySet());
        keys.addAll(a.keySet());
        List<Changes.SubjectDiff> subjects = new ArrayList<>();
        for (String key : keys) {
            ReportSummary o = b.get(key);
            ReportSummary n = a.get(key);
            if (o == null) {
                List<Changes.FindingChange> opened = n.findings().values().stream()
                        .map(f -> new Changes.FindingChange(Changes.Kind.OPENED, null, f, List.of(), false)).toList();
                subjects.add(new Changes.SubjectDiff(Changes.Status.NEW, null, n, sorted(opened), List.of(), List.of()));
            } else if (n == null) {
                subjects.add(new Changes.SubjectDiff(Changes.Status.GONE, o, null, List.of(), List.of(), List.of()));
            } else {
                subjects.add(matched(o, n, new Reasons(o, n, sources, beforeFacts, afterFacts)));
            }
        }
        return new Changes.Diff(info(before, b), info(after, a), subjects, totals(subjects));
    }

    private Changes.SubjectDiff matched(ReportSummary o, ReportSummary n, Reasons reasons) {
        List<Changes.FindingChange> changes = new ArrayList<>();
        List<FindingRef> stillOpen = new ArrayList<>();
        for (FindingRef f : n.findings().values()) {
            FindingRef was = o.findings().get(f.identity());
            if (was == null) {
                changes.add(new Changes.FindingChange(Changes.Kind.OPENED, null, f, reasons.of(packOf(f), f.ruleId(), f.path()), false));
            } else if (!Objects.equals(was.severity(), f.severity()) || !Objects.equals(was.color(), f.color())) {
                changes.add(new Changes.FindingChange(Changes.Kind.CHANGED, was, f, reasons.of(packOf(f), f.ruleId(), f.path()), false));
            } else {
                stillOpen.add(f);
            }
        }
        for (FindingRef f : o.findings().values()) {
            if (!n.findings().containsKey(f.identity())) {
                List<Reason> why = reasons.of(packOf(f), f.ruleId(), f.path());
                // 销号: a hazard is cleared only when the facts changed, not when a rule or the date made it go away
                boolean cleared = why.stream().anyMatch(r -> r instanceof Reason.Facts);
                changes.add(new Changes.FindingChange(Changes.Kind.CLOSED, f, null, why, cleared));
            }
        }
        List<Changes.GradeChange> grades = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(o.grades().keySet());
        names.addAll(n.grades().keySet());
        for (String name : names) {
            String was = o.grades().get(name);
            String is = n.grades().get(name);
            if (!Objects.equals(was, is)) {
                Set<String> packs = gradePacks.get(GradeValues.gradeKey(name));
                grades.add(new Changes.GradeChange(name, was, is, reasons.of(packs == null || packs.isEmpty() ? null : packs, null, reasons.gradePath(name))));
            }
        }
        return new Changes.SubjectDiff(Changes.Status.MATCHED, o, n, sorted(changes), stillOpen, grades);
    }

    /** A finding's pack; null (any pack counts) for a report that does not say. */
    private static Set<String> packOf(FindingRef f) {
        return f.pack() == null ? null : Set.of(f.pack());
    }

    private static List<Changes.FindingChange> sorted(List<Changes.FindingChange> changes) {
        return changes.stream().sorted(Comparator.comparing((Changes.FindingChange c) -> c.kind())
                .thenComparing(c -> rank(c.finding().severity()))
                .thenComparing(c -> c.finding().ruleId())
                .thenComparing(c -> c.finding().path())
                .thenComparing(c -> c.finding().occurrence())).toList();
    }

    static int rank(String severity) {
        try {
            return Severity.fromId(severity).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Severity.values().length;
        }
    }

    /** A subject twice in one side (a batch evaluated twice into one file): the last report counts. */
    private static Map<String, ReportSummary> bySubject(List<ReportSummary> reports) {
        Map<String, ReportSummary> out = new TreeMap<>();
        reports.forEach(r -> out.put(r.subjectKey(), r));
        return out;
    }

    private static Changes.SideInfo info(ReportReader.Side side, Map<String, ReportSummary> bySubject) {
        return new Changes.SideInfo(side.file(), side.reports().size(), side.errorRecords(), side.reports().size() - bySubject.size());
    }

    private static Changes.Totals totals(List<Changes.SubjectDiff> subjects) {
        int matched = 0, added = 0, gone = 0, opened = 0, closed = 0, cleared = 0, clearedMhc = 0, changed = 0, stillOpen = 0, grades = 0, unexplained = 0;
        for (Changes.SubjectDiff s : subjects) {
            switch (s.status()) {
                case MATCHED -> matched++;
                case NEW -> added++;
                case GONE -> gone++;
            }
            stillOpen += s.stillOpen().size();
            grades += s.grades().size();
            for (Changes.FindingChange c : s.findings()) {
                switch (c.kind()) {
                    case OPENED -> opened++;
                    case CLOSED -> {
                        closed++;
                        if (c.cleared()) {
                            cleared++;
                            clearedMhc += c.before().majorHazard() ? 1 : 0;
                        }
                    }
                    case CHANGED -> changed++;
                }
                unexplained += c.reasons().stream().anyMatch(r -> r instanceof Reason.Unexplained) ? 1 : 0;
            }
            for (Changes.GradeChange g : s.grades()) {
                unexplained += g.reasons().stream().anyMatch(r -> r instanceof Reason.Unexplained) ? 1 : 0;
            }
        }
        return new Changes.Totals(matched, added, gone, opened, closed, cleared, clearedMhc, closed - cleared, changed, stillOpen, grades, unexplained);
    }

    /**
     * Whether an opened finding, or a changed one whose severity rose, is at or above {@code threshold}: what
     * {@code --fail-on-new} fails on.
     */
    public static boolean newAtOrAbove(Changes.Diff diff, Severity threshold) {
        for (Changes.SubjectDiff s : diff.subjects()) {
            for (Changes.FindingChange c : s.findings()) {
                boolean raised = c.kind() == Changes.Kind.OPENED
                        || c.kind() == Changes.Kind.CHANGED && rank(c.after().severity()) < rank(c.before().severity());
                if (raised && rank(c.after().severity()) <= threshold.ordinal()) {
                    return true;
                }
            }
        }
        return false;
    }
}
