package dev.safegrade.internal.summary;

import dev.safegrade.Language;
import java.util.List;

/**
 * One table of a summary, as every output format shows it: a JSON array of objects, a text table, a CSV file, an
 * .xlsx sheet. Rows are streamed (a province-wide list is read back from disk), so a table can be read once per output.
 *
 * @param id      the table's name in the JSON contract, the CSV file name and the sheet name (English, stable)
 * @param title   zh/en title for people
 * @param columns the columns, in order
 * @param size    the number of rows
 * @param rows    the rows, each a list of values in column order (String, Long, Double, Boolean or null)
 */
public record SummaryTable(String id, String[] title, List<Column> columns, long size, Iterable<List<Object>> rows) {
    /** How a column's values are shown: {@code colour} cells are filled in their colour in .xlsx. */
    public enum Kind { TEXT, NUMBER, RATE, COLOUR, BOOLEAN }

    /** A column: its key in JSON, its heading in zh and en, its kind and a width hint (characters). */
    public record Column(String key, String zh, String en, Kind kind, int width) {
        public String heading(Language language) {
            return language == Language.EN ? en : zh;
        }
    }

    public String title(Language language) {
        return language == Language.EN ? title[1] : title[0];
    }

    static Column text(String key, String zh, String en, int width) {
        return new Column(key, zh, en, Kind.TEXT, width);
    }

    static Column number(String key, String zh, String en) {
        return new Column(key, zh, en, Kind.NUMBER, Math.max(8, Math.max(zh.length() * 2, en.length())));
    }
}
