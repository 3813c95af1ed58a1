package dev.safegrade;

/**
 * How serious a finding is; fixed per kind of finding (report-v1), so that {@code --fail-on} means the same
 * everywhere. Declared from the most to the least serious.
 */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** The contract's lower-case name, e.g. {@code "critical"}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when this severity is the same as or more serious than {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (expected critical, high, medium, low or info)");
    }
}
