package dev.safegrade.internal.facts;

import java.util.Collection;
import java.util.Optional;

/** The known id nearest a misspelt one by edit distance (Levenshtein), for a "did you mean" hint. */
public final class NearestId {
    private NearestId() {
    }

    /**
     * The candidate at the least edit distance from {@code id} (of equals, the first in sort order), if it is near
     * enough to be a likely typo: at most a third of the id's length apart.
     */
    public static Optional<String> of(String id, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(id, c);
            if (d < bestDistance || d == bestDistance && c.compareTo(best) < 0) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, id.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
