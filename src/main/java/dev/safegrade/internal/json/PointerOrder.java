package dev.safegrade.internal.json;

import java.util.Comparator;

/**
 * JSON Pointers in natural order: token by token, array indices compared as numbers, so that
 * {@code /enterprise/riskPoints/4} comes before {@code /enterprise/riskPoints/10}, and a pointer before the
 * pointers below it.
 */
public final class PointerOrder implements Comparator<String> {
    public static final Comparator<String> NATURAL = new PointerOrder();

    private PointerOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = tokenEnd(a, i);
            int endB = tokenEnd(b, j);
            int c = compareTokens(a.substring(i, endA), b.substring(j, endB));
            if (c != 0) {
                return c;
            }
            i = endA + 1;
            j = endB + 1;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int tokenEnd(String s, int from) {
        int slash = s.indexOf('/', from);
        return slash < 0 ? s.length() : slash;
    }

    private static int compareTokens(String a, String b) {
        if (isNumber(a) && isNumber(b)) {
            String x = stripZeros(a);
            String y = stripZeros(b);
            int c = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
            return c != 0 ? c : a.compareTo(b); // "01" and "1": any fixed order
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String t) {
        return !t.isEmpty() && t.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static String stripZeros(String t) {
        int k = 0;
        while (k < t.length() - 1 && t.charAt(k) == '0') {
            k++;
        }
        return t.substring(k);
    }
}
