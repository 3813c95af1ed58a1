package dev.safegrade.internal.versions;

import java.util.Locale;

/**
 * How much a pack's version must change for a change of its content (the policy in the README):
 * patch for wording and metadata, minor for added rules, major for anything that can change a verdict.
 */
public enum Bump {
    PATCH, MINOR, MAJOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
