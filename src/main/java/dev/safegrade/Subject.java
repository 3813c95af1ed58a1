package dev.safegrade;

import java.util.Objects;

/**
 * What a report is about.
 *
 * @param kind {@code enterprise} or {@code park}
 * @param id   统一社会信用代码 for an enterprise, the park's id for a park
 */
public record Subject(String kind, String id, String name) {
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
