package dev.safegrade.internal.facts;

import java.util.Collection;
import java.util.Optional;

/** The known id nearest a misspelt one by edit distance, for a "did you mean" hint. */
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

    /**
     * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as one edit
     * (optimal string alignment). No library on the runtime classpath has it, and it is this short; ids and keys both use it.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
