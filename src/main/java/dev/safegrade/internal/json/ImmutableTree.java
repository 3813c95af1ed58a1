package dev.safegrade.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, order-keeping, unmodifiable copies of evidence and grade values (which may hold nulls). */
public final class ImmutableTree {
    private ImmutableTree() {
    }

    public static Map<String, Object> copyOfMap(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    public static Object copyOf(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), copyOf(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(v -> copy.add(copyOf(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
