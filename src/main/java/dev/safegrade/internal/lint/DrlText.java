package dev.safegrade.internal.lint;

/**
 * A DRL file's code with comments and the contents of string literals blanked out (newlines kept), so a
 * textual scan sees only code and still reports the right lines.
 */
final class DrlText {
    private DrlText() {
    }

    static String codeOnly(String drl) {
        StringBuilder b = new StringBuilder(drl.length());
        int n = drl.length();
        int i = 0;
        while (i < n) {
            char c = drl.charAt(i);
            char next = i + 1 < n ? drl.charAt(i + 1) : 0;
            if (c == '/' && next == '/' || c == '#' && startOfLine(drl, i)) {
                while (i < n && drl.charAt(i) != '\n') {
                    b.append(' ');
                    i++;
                }
            } else if (c == '/' && next == '*') {
                while (i < n && !(drl.charAt(i) == '*' && i + 1 < n && drl.charAt(i + 1) == '/')) {
                    b.append(drl.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                b.append(i < n ? "  " : "");
                i += 2;
            } else if (c == '"' || c == '\'') {
                b.append(c);
                i++;
                while (i < n && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    if (drl.charAt(i) == '\\' && i + 1 < n) {
                        b.append(' ');
                        i++;
                    }
                    b.append(' ');
                    i++;
                }
                if (i < n) {
                    b.append(drl.charAt(i));
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** DRL also allows '#' line comments; only where a line starts, so it is never mistaken elsewhere. */
    private static boolean startOfLine(String drl, int i) {
        for (int j = i - 1; j >= 0 && drl.charAt(j) != '\n'; j--) {
            if (!Character.isWhitespace(drl.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** 1-based line of a character offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
