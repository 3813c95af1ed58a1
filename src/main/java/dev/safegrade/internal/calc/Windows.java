package dev.safegrade.internal.calc;

import java.time.LocalDate;

/** Time windows that end on the as-of date ("三年内", "近一年内"). */
public final class Windows {
    private Windows() {
    }

    /**
     * {@code day} lies within the {@code years} years that end on {@code asOf}: after the same calendar day
     * {@code years} years earlier, and not after {@code asOf}.
     */
    public static boolean withinYears(LocalDate day, LocalDate asOf, int years) {
        return day != null && day.isAfter(asOf.minusYears(years)) && !day.isAfter(asOf);
    }
}
