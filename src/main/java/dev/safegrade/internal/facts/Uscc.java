package dev.safegrade.internal.facts;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set; the last is a check character
 * computed from the first 17 with weights 3^i mod 31.
 */
public final class Uscc {
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** The check character the first 17 characters call for; the code must be 17+ characters of the charset. */
    public static char expectedCheckCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(code.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + code.charAt(i) + "' is not a 统一社会信用代码 character");
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return expectedCheckCharacter(code) == code.charAt(17);
    }
}
