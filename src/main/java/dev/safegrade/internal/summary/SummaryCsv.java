package dev.safegrade.internal.summary;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.safegrade.Language;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary as CSV: one file per table ({@code <table id>.csv}) in a folder, UTF-8 with a byte-order mark so that
 * spreadsheet programs read the Chinese text right, RFC 4180 quoting (jackson-dataformat-csv), headings in the chosen
 * language. A text cell that a spreadsheet would run as a formula (= + - @ first) is written with a leading '.
 */
public final class SummaryCsv {
    private static final CsvMapper CSV = new CsvMapper();

    private SummaryCsv() {
    }

    /** Writes every table into {@code folder} (created if absent); returns the files written. */
    public static List<Path> write(Summary s, Language lang, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (SummaryTable t : s.tables()) {
            Path file = folder.resolve(t.id() + ".csv");
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            t.columns().forEach(c -> schema.addColumn(c.heading(lang)));
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
                 SequenceWriter rows = CSV.writer(schema.build()).writeValues(w)) {
                w.write('\uFEFF');
                for (List<Object> row : t.rows()) {
                    List<Object> safe = new ArrayList<>(row.size());
                    row.forEach(v -> safe.add(v instanceof String text ? defused(text) : v));
                    rows.write(safe);
                }
            }
            files.add(file);
        }
        return files;
    }

    static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
