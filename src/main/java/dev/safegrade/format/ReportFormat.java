package dev.safegrade.format;

import dev.safegrade.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One output format of reports: one class per format, each reading only the public API ({@code dev.safegrade}),
 * as Conftest keeps one file per output. {@link ReportFormats} lists them; the CLI's {@code --format} and
 * {@code --output FORMAT=PATH} pick them by {@link #id()}.
 */
public interface ReportFormat {
    /** The name users give it, e.g. {@code sarif}. */
    String id();

    /** What the format is for, one line (for {@code --help}). */
    String description();

    /** Writes the reports of one run (one per input document, in input order) as one file of this format. */
    void write(List<Report> reports, RenderContext context, OutputStream out) throws IOException;
}
