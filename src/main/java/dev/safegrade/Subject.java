package dev.safegrade;

import java.util.Objects;

/**
 * What a report is about.
 *
 * @param kind     {@code enterprise} or {@code park}
 * @param id       统一社会信用代码 for an enterprise, the park's id for a park
 * @param region   the 6-digit GB/T 2260 code the fact document gives, or null; carried so that a batch of reports can
 *                 be summarised by region without the fact documents
 * @param industry the enterprise's industry as the fact document gives it, or null (always null for a park)
 */
public record Subject(String kind, String id, String name, String region, String industry) {
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** A subject without region or industry. */
    public Subject(String kind, String id, String name) {
        this(kind, id, name, null, null);
    }
}
