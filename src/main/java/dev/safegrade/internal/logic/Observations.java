package dev.safegrade.internal.logic;

import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Observation;
import java.time.LocalDate;

/** Finds the inspector's determination that counts for an item on a given day. */
public final class Observations {
    private Observations() {
    }

    /**
     * The latest observation of {@code item} dated on or before {@code asOf} (of two on the same day, the later in
     * the list), or null: a determination made after {@code asOf} does not count for it.
     */
    public static Observation latest(Enterprise enterprise, String item, LocalDate asOf) {
        Observation latest = null;
        for (Observation o : enterprise.getObservations()) {
            if (item.equals(o.getItem()) && o.getOn() != null && !o.getOn().isAfter(asOf)
                    && (latest == null || !o.getOn().isBefore(latest.getOn()))) {
                latest = o;
            }
        }
        return latest;
    }
}
