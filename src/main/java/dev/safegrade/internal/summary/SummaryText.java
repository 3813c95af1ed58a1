package dev.safegrade.internal.summary;

import dev.safegrade.Language;
import dev.safegrade.Text;
import dev.safegrade.internal.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary for people at a terminal: totals, then every table aligned by display width. The lists that grow with
 * the input show their first {@value #LIST_ROWS} rows and say how many more there are and where to read them all.
 */
public final class SummaryText {
    static final int LIST_ROWS = 20;

    private SummaryText() {
    }

    public static void write(Summary s, Language lang, OutputStream out) throws IOException {
        boolean zh = lang == Language.ZH;
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(zh ? "SafeGrade 汇总" : "SafeGrade summary");
        w.println((zh ? "报告 " : "reports ") + s.reports() + (zh ? "（企业 " : " (enterprises ") + s.enterprises() + (zh ? "，园区 " : ", parks ")
                + s.parks() + (zh ? "）；无效输入行 " : "); invalid input lines ") + s.invalid());
        if (s.asOfFrom() != null) {
            w.println((zh ? "评估日期 " : "asOf ") + (s.asOfFrom().equals(s.asOfTo()) ? s.asOfFrom() : s.asOfFrom() + " – " + s.asOfTo()));
        }
        w.println((zh ? "区划代码表：" : "region codes: ") + clean(s.regionTable()));
        for (SummaryTable t : s.tables()) {
            w.println();
            w.println(clean(t.title(lang)) + " (" + t.size() + ")");
            if (t.id().equals("doubleRise") || t.id().equals("accidentsByRegion")) {
                w.println("  " + Summary.riseSource(lang));
            }
            if (t.size() == 0) {
                w.println(zh ? "  （无）" : "  (none)");
                continue;
            }
            // Of a pair of columns in both languages (titleZh, titleEn) a person reads one.
            List<Integer> shownColumns = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                String key = t.columns().get(c).key();
                if (!(key.endsWith(zh ? "En" : "Zh") && t.columns().stream().anyMatch(o -> o.key().equals(key.substring(0, key.length() - 2) + (zh ? "Zh" : "En"))))) {
                    shownColumns.add(c);
                }
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(shownColumns.stream().map(c -> t.columns().get(c).heading(lang)).toArray(String[]::new));
            long shown = 0;
            for (List<Object> row : t.rows()) {
                if (shown++ == LIST_ROWS && t.size() > LIST_ROWS + 5) {
                    break;
                }
                String[] cells = new String[shownColumns.size()];
                for (int i = 0; i < cells.length; i++) {
                    int c = shownColumns.get(i);
                    cells[i] = cell(row.get(c), t.columns().get(c).kind());
                }
                rows.add(cells);
            }
            Table.align(rows).forEach(line -> w.println("  " + line.stripTrailing()));
            if (rows.size() - 1 < t.size()) {
                w.println("  " + (zh ? "… 另有 " + (t.size() - rows.size() + 1) + " 行；全部见 --format json、csv 或 xlsx"
                        : "… " + (t.size() - rows.size() + 1) + " more rows; --format json, csv or xlsx give them all"));
            }
        }
        w.flush();
    }

    private static String cell(Object v, SummaryTable.Kind kind) {
        if (v == null) {
            return "-";
        }
        if (kind == SummaryTable.Kind.RATE && v instanceof Number n) {
            return String.format(Locale.ROOT, "%.1f%%", n.doubleValue() * 100);
        }
        return clean(String.valueOf(v));
    }

    static String clean(String s) {
        return s == null ? "-" : Text.visible(s);
    }
}
