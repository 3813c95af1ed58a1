package dev.safegrade;

import java.util.Objects;

/** A rule pack as loaded: its id, semantic version, title and the sha256 digest of its rule content. */
public record PackInfo(String id, String version, Text title, String digest) {
    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(digest, "digest");
    }
}
