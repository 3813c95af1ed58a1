package dev.safegrade;

import java.util.List;
import java.util.Objects;

/**
 * A rule of a loaded pack as formats show it even when it drew nothing: its id, title and citations.
 *
 * @param severity  the severity of its findings before any deadline; null when it follows each finding's colour
 * @param citations its citations, resolved against the pack's sources (with their confidence)
 */
public record RuleInfo(String id, Text title, Severity severity, List<Citation> citations) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
