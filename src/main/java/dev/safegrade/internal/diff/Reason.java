package dev.safegrade.internal.diff;

import java.util.List;

/** Why a finding or a grade changed between two reports of one subject: what differs between them. */
public sealed interface Reason {
    /** The id in diff-v1 JSON: packs, facts, asOf, unexplained. */
    String kind();

    /** A pack the change depends on has another version or digest, or was added or removed. */
    record Packs(List<PackChange> packs, String ruleId) implements Reason {
        public String kind() {
            return "packs";
        }
    }

    /** A pack of the old report and of the new one (either null: the pack was added or removed). */
    record PackChange(String id, ReportSummary.PackRef before, ReportSummary.PackRef after) {
    }

    /**
     * The fact document changed (its digest differs).
     *
     * @param scope    {@code path}: {@code pointers} are the changes at, under or above the finding's path;
     *                 {@code elsewhere}: none touches it, {@code pointers} are all the changes; {@code document}:
     *                 a grade, which has no one path, {@code pointers} are all the changes; {@code unavailable}:
     *                 the documents could not be read, {@code pointers} is empty
     * @param pointers at most {@link #LIMIT}
     * @param more     how many more changed pointers there are than listed
     */
    record Facts(String scope, List<String> pointers, int more) implements Reason {
        public static final int LIMIT = 20;

        public String kind() {
            return "facts";
        }
    }

    /** Only the date of the evaluation moved (a deadline or a validity passed, a table row came into force). */
    record AsOf(String before, String after) implements Reason {
        public String kind() {
            return "asOf";
        }
    }

    /** Nothing differs between the reports that would explain the change: this should not happen. */
    record Unexplained() implements Reason {
        public String kind() {
            return "unexplained";
        }
    }
}
