package dev.safegrade.format;

import dev.safegrade.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** report-v1 JSON: one indented document per report, one after another. */
final class JsonFormat implements ReportFormat {
    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "report-v1 JSON (the default)";
    }

    @Override
    public void write(List<Report> reports, RenderContext context, OutputStream out) throws IOException {
        for (Report r : reports) {
            out.write(r.toJson().getBytes(StandardCharsets.UTF_8));
        }
    }
}
