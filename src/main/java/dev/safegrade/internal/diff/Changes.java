package dev.safegrade.internal.diff;

import java.util.List;

/** The result of a diff, as the output formats render it. */
public final class Changes {
    private Changes() {
    }

    /** opened / closed / changed. */
    public enum Kind {
        OPENED, CLOSED, CHANGED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One finding that opened, closed, or kept its identity with another severity or colour.
     *
     * @param before  null when opened
     * @param after   null when closed
     * @param cleared closed for a fact reason (销号); false for every other change
     */
    public record FindingChange(Kind kind, FindingRef before, FindingRef after, List<Reason> reasons, boolean cleared) {
        /** The finding as it is now, or as it was when it closed. */
        public FindingRef finding() {
            return after != null ? after : before;
        }
    }

    /** One grade value that differs (either side null: absent from that report). */
    public record GradeChange(String name, String before, String after, List<Reason> reasons) {
    }

    /** matched: in both; new: only in NEW; gone: only in OLD. */
    public enum Status {
        MATCHED, NEW, GONE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One subject: its reports (either null for new/gone), its changes, and the findings still open. */
    public record SubjectDiff(Status status, ReportSummary before, ReportSummary after, List<FindingChange> findings,
                              List<FindingRef> stillOpen, List<GradeChange> grades) {
        public ReportSummary report() {
            return after != null ? after : before;
        }
    }

    /** One side's file and how many reports and error records it had. */
    public record SideInfo(String file, int reports, int errorRecords, int duplicates) {
    }

    /** The counts a reader looks at first. */
    public record Totals(int matched, int added, int gone, int opened, int closed, int cleared, int clearedMajorHazards,
                         int closedNotCleared, int changed, int stillOpen, int gradeChanges, int unexplained) {
    }

    public record Diff(SideInfo before, SideInfo after, List<SubjectDiff> subjects, Totals totals) {
    }
}
