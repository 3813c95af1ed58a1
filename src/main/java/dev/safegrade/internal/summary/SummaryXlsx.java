package dev.safegrade.internal.summary;

import dev.safegrade.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The summary as an .xlsx workbook (fastexcel, streamed): one sheet per table named by its id, the heading row bold
 * and frozen, column widths from the table, a colour cell filled in its four-colour colour. A sheet holds at most
 * {@value #MAX_ROWS} data rows (Excel's limit less the heading); a longer list ends with a row that says how many
 * rows the JSON and CSV outputs hold beyond it.
 */
public final class SummaryXlsx {
    static final int MAX_ROWS = 1_048_575 - 1;
    private static final Map<String, String[]> FILL = Map.of( // fill, font
            "RED", new String[] {"FF0000", "FFFFFF"}, "ORANGE", new String[] {"FFA500", "000000"},
            "YELLOW", new String[] {"FFFF00", "000000"}, "BLUE", new String[] {"0070C0", "FFFFFF"});

    private SummaryXlsx() {
    }

    public static void write(Summary s, Language lang, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "SafeGrade", "1.0");
        for (SummaryTable t : s.tables()) {
            Worksheet ws = wb.newWorksheet(t.id());
            List<SummaryTable.Column> columns = t.columns();
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c).heading(lang));
                ws.width(c, Math.max(columns.get(c).width(), 6));
            }
            ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("D9D9D9").set();
            ws.freezePane(0, 1);
            int r = 1;
            for (List<Object> row : t.rows()) {
                if (r > MAX_ROWS) {
                    ws.value(r, 0, (lang == Language.EN ? "… more rows than a sheet holds: " : "… 超出工作表行数上限，其余共 ") + (t.size() - MAX_ROWS)
                            + (lang == Language.EN ? " more in the JSON and CSV outputs" : " 行见 JSON 或 CSV 输出"));
                    break;
                }
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r, c, b);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                    if (columns.get(c).kind() == SummaryTable.Kind.RATE && v != null) {
                        ws.style(r, c).format("0.0%").set();
                    }
                    String[] fill = columns.get(c).kind() == SummaryTable.Kind.COLOUR && v != null ? FILL.get(v.toString()) : null;
                    if (fill != null) {
                        ws.style(r, c).fillColor(fill[0]).fontColor(fill[1]).set();
                    }
                }
                if (r++ % 10_000 == 0) {
                    ws.flush(); // rows written so far leave memory
                }
            }
            ws.finish();
        }
        wb.finish();
    }
}
