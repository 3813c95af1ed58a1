package dev.safegrade.internal.report;

import java.util.ArrayList;
import java.util.List;

/** Rows whose columns line up in a terminal (by display width); the last column is not padded. */
public final class Table {
    private Table() {
    }

    public static List<String> align(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int c = 0; c < cols - 1; c++) {
                width[c] = Math.max(width[c], DisplayWidth.of(row[c]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                b.append(row[c]);
                if (c < cols - 1) {
                    b.append(" ".repeat(width[c] - DisplayWidth.of(row[c]) + 2));
                }
            }
            lines.add(b.toString());
        }
        return lines;
    }
}
