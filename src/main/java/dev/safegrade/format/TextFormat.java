package dev.safegrade.format;

import dev.safegrade.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The text report for a terminal, in the context's language; reports separated by a blank line. */
final class TextFormat implements ReportFormat {
    @Override
    public String id() {
        return "text";
    }

    @Override
    public String description() {
        return "a table for a terminal, in --lang";
    }

    @Override
    public void write(List<Report> reports, RenderContext context, OutputStream out) throws IOException {
        for (int i = 0; i < reports.size(); i++) {
            out.write(((i > 0 ? "\n" : "") + reports.get(i).toText(context.language())).getBytes(StandardCharsets.UTF_8));
        }
    }
}
