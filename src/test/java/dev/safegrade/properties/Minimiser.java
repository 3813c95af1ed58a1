package dev.safegrade.properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Makes a failing document readable after QuickTheories has shrunk the edits: takes away object members and list
 * elements one at a time (parents first) while the document stays valid and the property still fails. The
 * nodes an operation refers to ({@code keep}) and their ancestors stay.
 */
final class Minimiser {
    private static final int MAX_CHECKS = 3000;

    record Result(ObjectNode doc, String failure) {
    }

    private Minimiser() {
    }

    /**
     * @param keep    pointers the operation under test refers to; they follow the document as earlier list
     *                elements are taken away
     * @param failure what is wrong with a document given the kept pointers, or empty when the property holds
     *                for it, the operation under test does not apply to it, or the document is not valid
     */
    static Result minimise(ObjectNode doc, List<String> keep, BiFunction<ObjectNode, List<String>, Optional<String>> failure) {
        String why = failure.apply(doc, keep).orElseThrow(() -> new IllegalArgumentException("the document does not fail"));
        int checks = 0;
        boolean progress = true;
        while (progress && checks < MAX_CHECKS) {
            progress = false;
            // One pass in document order; after a removal the same position names the next node.
            List<String> pointers = FactTrees.allPointers(doc);
            for (int i = 0; i < pointers.size() && checks < MAX_CHECKS; i++) {
                String p = pointers.get(i);
                if (keep.stream().anyMatch(k -> k.equals(p) || k.startsWith(p + "/") || p.startsWith(k + "/"))) {
                    continue;
                }
                ObjectNode smaller = FactTrees.without(doc, p);
                List<String> shifted = keep.stream().map(k -> shifted(k, p)).toList();
                checks++;
                Optional<String> still = failure.apply(smaller, shifted);
                if (still.isPresent()) {
                    doc = smaller;
                    keep = shifted;
                    why = still.get();
                    progress = true;
                    pointers = FactTrees.allPointers(doc);
                    i--;
                }
            }
        }
        return new Result(doc, why);
    }

    /** Pointer {@code k} once the node at {@code removed} is gone: a later element of the same list moves up one. */
    static String shifted(String k, String removed) {
        int slash = removed.lastIndexOf('/');
        String list = removed.substring(0, slash + 1);
        String index = removed.substring(slash + 1);
        if (!index.matches("\\d+") || !k.startsWith(list)) {
            return k;
        }
        String rest = k.substring(list.length());
        int end = rest.indexOf('/');
        String kIndex = end < 0 ? rest : rest.substring(0, end);
        if (!kIndex.matches("\\d+") || Integer.parseInt(kIndex) <= Integer.parseInt(index)) {
            return k;
        }
        return list + (Integer.parseInt(kIndex) - 1) + (end < 0 ? "" : rest.substring(end));
    }

    /** The message a failing property gives: what is wrong, then the minimal document. */
    static String report(String operation, Result r) {
        return r.failure() + "\n" + operation + "\nminimal document:\n" + FactTrees.pretty(r.doc());
    }
}
