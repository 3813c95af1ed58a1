package dev.safegrade.internal.logic;

import dev.safegrade.internal.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an element's keys by their JSON names (through {@link FactPath}), for rules that write an item as a
 * {@link Kleene} formula and must say which facts decided it and which were missing.
 */
public final class Keys {
    private Keys() {
    }

    /** The JSON Pointers of those {@code keys} that are absent from {@code element}, in the order given. */
    public static List<String> unknown(Element element, String... keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (value(element, key) == null) {
                missing.add(element.missing(key));
            }
        }
        return missing;
    }

    /**
     * As {@link #unknown} for the keys of {@code owner}'s sub-object {@code child}; when the sub-object itself is
     * absent, its own pointer is what is missing.
     */
    public static List<String> unknownIn(Element owner, String child, String... keys) {
        Object sub = value(owner, child);
        return sub == null ? List.of(owner.missing(child)) : unknown((Element) sub, keys);
    }

    /** Whether {@code key} is present on {@code element} (an empty list is present). */
    public static boolean known(Element element, String key) {
        return value(element, key) != null;
    }

    /** Those {@code keys} whose value equals {@code expected}, in the order given: the facts that decided. */
    public static List<String> equal(Element element, Object expected, String... keys) {
        List<String> matching = new ArrayList<>();
        for (String key : keys) {
            if (Objects.equals(value(element, key), expected)) {
                matching.add(key);
            }
        }
        return matching;
    }

    private static Object value(Element element, String key) {
        return FactPath.read(element, key);
    }
}
