package dev.safegrade;

import java.util.Objects;

/** A waiver for the subject that waived nothing on {@code asOf}, and why: it is reported, never silently ignored. */
public record WaiverNotice(Status status, Waiver waiver) {
    public WaiverNotice {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(waiver, "waiver");
    }

    public enum Status {
        /** {@code asOf} is after its last day: its findings are findings again. */
        EXPIRED,
        /** {@code asOf} is before its first day. */
        NOT_YET_VALID,
        /** In force, but no finding of its rule (and path) is there to waive. */
        UNMATCHED;

        /** The report-v1 spelling, e.g. {@code not-yet-valid}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
