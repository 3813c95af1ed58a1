package dev.safegrade.cli;

import dev.safegrade.Language;
import dev.safegrade.internal.summary.Summary;
import dev.safegrade.internal.summary.SummaryCsv;
import dev.safegrade.internal.summary.SummaryJson;
import dev.safegrade.internal.summary.SummaryText;
import dev.safegrade.internal.summary.SummaryXlsx;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What summarize and evaluate --summary share: the language, the format and where it goes, and the writing. */
final class SummaryOptions {
    static final List<String> FORMATS = List.of("text", "json", "csv", "xlsx");

    private SummaryOptions() {
    }

    static boolean checkFormat(String format, Path output, PrintStream err) {
        if (!FORMATS.contains(format)) {
            err.println("error: --format: expected one of " + FORMATS + ", found \"" + format + "\"");
            return false;
        }
        if (format.equals("csv") && output == null) {
            err.println("error: --format csv writes one file per table: name a folder with -o FOLDER");
            return false;
        }
        if (format.equals("csv") && Files.exists(output) && !Files.isDirectory(output)) {
            err.println("error: -o " + output + ": a file, not a folder (csv writes one file per table into a folder)");
            return false;
        }
        return true;
    }

    /** Writes the summary; false after telling why it could not be written. */
    static boolean write(Summary summary, String format, Language language, Path output, Streams streams) throws IOException {
        if (format.equals("csv")) {
            SummaryCsv.write(summary, language, output);
            return true;
        }
        OutputFile.Body body = out -> {
            switch (format) {
                case "json" -> SummaryJson.write(summary, out);
                case "xlsx" -> SummaryXlsx.write(summary, language, out);
                default -> SummaryText.write(summary, language, out);
            }
        };
        if (output == null) {
            body.writeTo(streams.out());
            return OutputFile.written(streams.out(), streams.err());
        }
        return OutputFile.write(output, body, streams.err());
    }
}
