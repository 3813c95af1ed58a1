package dev.safegrade.internal.logic;

import java.util.List;

/**
 * Three-valued logic for items decided from facts that may be unknown: {@code true}, {@code false}, or
 * {@code null} = not known. An item written once as a formula fires when it is {@code true}, passes when it is
 * {@code false}, and is not evaluated when it is {@code null} (Kleene's strong logic: a known false term
 * decides an "and", a known true term decides an "or", whatever else is unknown).
 */
public final class Kleene {
    private Kleene() {
    }

    public static Boolean and(Boolean... terms) {
        boolean unknown = false;
        for (Boolean t : terms) {
            if (t == null) {
                unknown = true;
            } else if (!t) {
                return false;
            }
        }
        return unknown ? null : true;
    }

    public static Boolean or(Boolean... terms) {
        boolean unknown = false;
        for (Boolean t : terms) {
            if (t == null) {
                unknown = true;
            } else if (t) {
                return true;
            }
        }
        return unknown ? null : false;
    }

    public static Boolean not(Boolean term) {
        return term == null ? null : !term;
    }

    /** {@code value} equals one of {@code options}; null when the value is not known. */
    public static Boolean in(String value, String... options) {
        return value == null ? null : List.of(options).contains(value);
    }

    /** The list holds one of {@code named}; null when the list is not known. */
    public static Boolean anyOf(List<String> values, String... named) {
        if (values == null) {
            return null;
        }
        for (String n : named) {
            if (values.contains(n)) {
                return true;
            }
        }
        return false;
    }

    public static Boolean equalTo(Number value, double expected) {
        return value == null ? null : value.doubleValue() == expected;
    }

    public static Boolean lessThan(Number value, double bound) {
        return value == null ? null : value.doubleValue() < bound;
    }

    public static Boolean atLeast(Number value, double bound) {
        return value == null ? null : value.doubleValue() >= bound;
    }

    public static Boolean greaterThan(Number value, double bound) {
        return value == null ? null : value.doubleValue() > bound;
    }
}
