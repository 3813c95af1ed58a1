package dev.safegrade;

/**
 * How a {@link Report} is written: report-v1 JSON and the text for a terminal. The library ships the one
 * implementation (found with {@link java.util.ServiceLoader}, so that this package does not depend on the renderers, which
 * depend on it); callers use {@link Report#toJson()}, {@link Report#toCompactJson()} and {@link Report#toText(Language)}.
 */
public interface ReportRenderer {
    /** The report-v1 JSON: indented with two spaces and ending in a newline, or on one line without one. */
    String json(Report report, boolean pretty);

    /** The text report in {@code language}. */
    String text(Report report, Language language);

    /** The report's grades worded in {@code language}, in the order the packs declare. */
    java.util.List<GradeLine> grades(Report report, Language language);
}
