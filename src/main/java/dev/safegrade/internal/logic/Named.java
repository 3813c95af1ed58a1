package dev.safegrade.internal.logic;

import java.util.ArrayList;
import java.util.List;

/** Picks out, for evidence, the entries of a fact's list that an item names. */
public final class Named {
    private Named() {
    }

    /** The entries of {@code values} that are among {@code named}, in the list's order; empty when not known. */
    public static List<String> among(List<String> values, String... named) {
        List<String> found = new ArrayList<>();
        if (values != null) {
            List<String> names = List.of(named);
            values.stream().filter(names::contains).forEach(found::add);
        }
        return found;
    }
}
