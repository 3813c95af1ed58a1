package dev.safegrade.internal.report;

import dev.safegrade.GradeInfo;
import dev.safegrade.GradeLine;
import dev.safegrade.Language;
import dev.safegrade.Report;
import dev.safegrade.ReportRenderer;
import java.util.ArrayList;
import java.util.List;

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

    @Override
    public List<GradeLine> grades(Report report, Language language) {
        List<GradeLine> out = new ArrayList<>();
        report.grades().forEach((key, value) -> {
            GradeInfo declared = Grades.declared(report, key);
            // The text report joins the characters of an id so that it never wraps inside one (U+2060); not here.
            List<String> lines = Grades.describe(declared, ReportJson.value(value), language).stream().map(l -> l.replace("\u2060", "")).toList();
            out.add(new GradeLine(key, Grades.name(key, declared, language), lines));
        });
        return out;
    }
}
