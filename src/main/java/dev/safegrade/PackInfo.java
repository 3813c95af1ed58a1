package dev.safegrade;

import java.util.List;
import java.util.Objects;

/**
 * A rule pack as loaded: its id, semantic version, title, the sha256 digest of its rule content, and the grades it
 * declares (how the report orders, names and shows them).
 */
public record PackInfo(String id, String version, Text title, String digest, List<GradeInfo> grades) {
    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(digest, "digest");
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    /** A pack that declares no grades. */
    public PackInfo(String id, String version, Text title, String digest) {
        this(id, version, title, digest, List.of());
    }
}
