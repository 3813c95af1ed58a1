package dev.safegrade.internal.report;

import dev.safegrade.Language;
import dev.safegrade.Report;
import dev.safegrade.ReportRenderer;

/** The library's {@link ReportRenderer}: {@link ReportJson} and {@link TextReport}. */
public final class LibraryRenderer implements ReportRenderer {
    @Override
    public String json(Report report, boolean pretty) {
        return ReportJson.write(report, pretty);
    }

    @Override
    public String text(Report report, Language language) {
        return TextReport.render(report, language);
    }
}
