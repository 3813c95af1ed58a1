package dev.safegrade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a summary's .xlsx back with fastexcel-reader and checks it against the same summary's JSON: a sheet per
 * table, in order, each with its heading row and every row of the table, cell by cell. Exits 1 on the first
 * difference.
 *
 * <pre>java -cp benchmarks.jar dev.safegrade.bench.SummaryCheck SUMMARY.json SUMMARY.xlsx</pre>
 */
public final class SummaryCheck {
    private SummaryCheck() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode summary = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        long cells = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[1])); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            Iterator<Map.Entry<String, JsonNode>> tables = summary.path("tables").fields();
            int i = 0;
            while (tables.hasNext()) {
                Map.Entry<String, JsonNode> t = tables.next();
                Sheet sheet = sheets.get(i++);
                check(sheet.getName().equals(t.getKey()), "sheet " + i + " is " + sheet.getName() + ", expected " + t.getKey());
                List<Row> rows = sheet.read();
                JsonNode expected = t.getValue().path("rows");
                check(rows.size() == expected.size() + 1, t.getKey() + ": " + (rows.size() - 1) + " rows, expected " + expected.size());
                for (int r = 0; r < expected.size(); r++) {
                    int c = 0;
                    for (Iterator<JsonNode> values = expected.get(r).elements(); values.hasNext(); c++) {
                        JsonNode v = values.next();
                        String cell = rows.get(r + 1).getCellRawValue(c).orElse(null);
                        String want = v.isNull() ? null : v.isBoolean() ? (v.asBoolean() ? "1" : "0") : v.asText();
                        boolean same = want == null ? cell == null || cell.isEmpty()
                                : v.isNumber() ? cell != null && Double.parseDouble(cell) == v.asDouble() : want.equals(cell);
                        check(same, t.getKey() + " row " + (r + 1) + " column " + (c + 1) + ": " + cell + ", expected " + want);
                        cells++;
                    }
                }
                System.out.printf("%s: %d rows match%n", t.getKey(), expected.size());
            }
            check(i == sheets.size(), sheets.size() + " sheets, expected " + i);
        }
        System.out.printf("xlsx matches the JSON summary: %d sheets, %d cells%n", summary.path("tables").size(), cells);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            System.err.println("SummaryCheck: " + message);
            System.exit(1);
        }
    }
}
