package dev.safegrade.internal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Lists the differences between an expected and an actual JSON tree, one line per differing pointer. */
public final class JsonDiff {
    private JsonDiff() {
    }

    public static List<String> diff(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(String at, JsonNode e, JsonNode a, List<String> out) {
        if (e == null || e.isMissingNode()) {
            out.add(at + ": not expected, found " + a);
            return;
        }
        if (a == null || a.isMissingNode()) {
            out.add(at + ": expected " + e + ", found nothing");
            return;
        }
        if (e.isObject() && a.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            e.fieldNames().forEachRemaining(keys::add);
            a.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(Pointers.child(at, k), e.get(k), a.get(k), out);
            }
        } else if (e.isArray() && a.isArray()) {
            int n = Math.max(e.size(), a.size());
            for (int i = 0; i < n; i++) {
                diff(Pointers.child(at, i), e.get(i), a.get(i), out);
            }
        } else if (e.isNumber() && a.isNumber()) {
            if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
                out.add(at + ": expected " + e + ", found " + a);
            }
        } else if (!e.equals(a)) {
            out.add(at + ": expected " + e + ", found " + a);
        }
    }

}
