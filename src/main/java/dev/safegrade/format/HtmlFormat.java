package dev.safegrade.format;

import dev.safegrade.Report;
import dev.safegrade.format.html.HtmlPage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One self-contained HTML page for inspectors: grades, findings with their citations' confidence, what was not
 * evaluated or not in force, the 重大风险清单, the four-colour map as inline SVG; prints on A4.
 */
final class HtmlFormat implements ReportFormat {
    @Override
    public String id() {
        return "html";
    }

    @Override
    public String description() {
        return "one self-contained HTML page with the four-colour map, in --lang (prints on A4)";
    }

    @Override
    public void write(List<Report> reports, RenderContext context, OutputStream out) throws IOException {
        HtmlPage.write(context.language(), reports.stream().map(r -> new HtmlPage.Input(r, context.input(r))).toList(), out);
    }
}
