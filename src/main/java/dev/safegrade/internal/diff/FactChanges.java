package dev.safegrade.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The pointers at which two fact documents differ: a changed value, or the root of an added or removed part. Like
 * {@code internal.cases.JsonDiff}, but it yields the pointers themselves (JsonDiff yields messages for a test).
 * Numbers are compared by value (1.0 = 1), keys in sorted order, so the list is the same on every run.
 */
public final class FactChanges {
    private FactChanges() {
    }

    public static List<String> between(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        diff("", before, after, out);
        return out;
    }

    /** Whether a changed pointer is at, under or above a finding's path (so it may be what changed the finding). */
    public static boolean touches(String changed, String path) {
        return changed.equals(path) || changed.startsWith(path + "/") || path.startsWith(changed + "/") || path.isEmpty() || changed.isEmpty();
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (a == null || b == null) {
            out.add(at);
        } else if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(Pointers.child(at, k), a.get(k), b.get(k), out);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                diff(Pointers.child(at, i), a.get(i), b.get(i), out);
            }
        } else if (a.isNumber() && b.isNumber()) {
            if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
                out.add(at);
            }
        } else if (!a.equals(b)) {
            out.add(at);
        }
    }
}
