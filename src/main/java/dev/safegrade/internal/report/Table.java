package dev.safegrade.internal.report;

import java.util.List;

/** A plain-text table whose columns line up in a terminal, counting CJK characters as two columns wide. */
final class Table {
    private Table() {
    }

    static String render(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int c = 0; c < cols - 1; c++) {
                width[c] = Math.max(width[c], displayWidth(row[c]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            b.append("  ");
            for (int c = 0; c < cols; c++) {
                b.append(row[c]);
                if (c < cols - 1) {
                    b.append(" ".repeat(width[c] - displayWidth(row[c]) + 2));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
