package dev.safegrade.format;

import dev.safegrade.FactDocument;
import dev.safegrade.Language;
import dev.safegrade.Report;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a format may need beyond the reports: the language of its words, and the fact documents the reports came from
 * (by {@code Report.input().source()}), so that a format can tell where a finding's path stands in its file.
 *
 * @param language the language of headings and messages
 * @param inputs   the evaluated documents by source; a report whose document is absent is rendered without positions
 */
public record RenderContext(Language language, Map<String, FactDocument> inputs) {
    public RenderContext {
        Objects.requireNonNull(language, "language");
        inputs = Map.copyOf(inputs);
    }

    /** A context without documents (no positions). */
    public static RenderContext of(Language language) {
        return new RenderContext(language, Map.of());
    }

    /** The document {@code report} was evaluated from, when known. */
    public Optional<FactDocument> input(Report report) {
        return Optional.ofNullable(inputs.get(report.input().source()));
    }
}
