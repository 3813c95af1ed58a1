package dev.safegrade.properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes a failing document readable after jqwik has shrunk the edits: takes away object members and list
 * elements one at a time (parents first) while the document stays valid and the property still fails. The
 * nodes an operation refers to ({@code keep}) stay, and so do earlier elements of the lists on their way (taking
 * one would shift the index the pointer names).
 */
final class Minimiser {
    private static final int MAX_CHECKS = 3000;

    record Result(ObjectNode doc, String failure) {
    }

    private Minimiser() {
    }

    /**
     * @param failure what is wrong with a document, or empty when the property holds for it, the operation
     *                under test does not apply to it, or the document is not valid
     */
    static Result minimise(ObjectNode doc, List<String> keep, Function<ObjectNode, Optional<String>> failure) {
        String why = failure.apply(doc).orElseThrow(() -> new IllegalArgumentException("the document does not fail"));
        int checks = 0;
        boolean progress = true;
        while (progress && checks < MAX_CHECKS) {
            progress = false;
            // One pass in document order; after a removal the same position names the next node.
            List<String> pointers = FactTrees.allPointers(doc);
            for (int i = 0; i < pointers.size() && checks < MAX_CHECKS; i++) {
                String p = pointers.get(i);
                if (!removable(p, keep)) {
                    continue;
                }
                ObjectNode smaller = FactTrees.without(doc, p);
                checks++;
                Optional<String> still = failure.apply(smaller);
                if (still.isPresent()) {
                    doc = smaller;
                    why = still.get();
                    progress = true;
                    pointers = FactTrees.allPointers(doc);
                    i--;
                }
            }
        }
        return new Result(doc, why);
    }

    static boolean removable(String p, List<String> keep) {
        for (String k : keep) {
            if (k.equals(p) || k.startsWith(p + "/") || p.startsWith(k + "/")) {
                return false;
            }
            int slash = p.lastIndexOf('/');
            String parent = p.substring(0, slash);
            String last = p.substring(slash + 1);
            if (last.matches("\\d+") && k.startsWith(parent + "/")) {
                String rest = k.substring(parent.length() + 1);
                String index = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                if (index.matches("\\d+") && Integer.parseInt(last) < Integer.parseInt(index)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The message a failing property gives: what is wrong, then the minimal document. */
    static String report(String operation, Result r) {
        return r.failure() + "\n" + operation + "\nminimal document:\n" + FactTrees.pretty(r.doc());
    }
}
