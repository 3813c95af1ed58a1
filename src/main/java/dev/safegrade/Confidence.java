package dev.safegrade;

import java.util.Locale;

/**
 * How sure we are of the regulation text a rule is built on, carried from the domain reference's tags:
 * [C] confirmed, [S] secondary, [U] unconfirmed.
 */
public enum Confidence {
    CONFIRMED, SECONDARY, UNCONFIRMED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Confidence fromId(String id) {
        for (Confidence c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence '" + id + "' (expected confirmed, secondary or unconfirmed)");
    }
}
