package dev.safegrade;

import java.util.Map;
import java.util.Objects;

/**
 * A grade a pack declares: the report-v1 key its rules conclude under, where it stands among the grades of all packs
 * ({@code order}, lowest first), its name, and how the text report shows it.
 *
 * @param text   the zh/en template of the text report (see the README's "Writing a pack"); null: shown as a generic
 *               outline of its value
 * @param labels the wording of coded values the template shows with {@code |label}, e.g. {@code major} → 重大事故
 */
public record GradeInfo(String key, int order, Text name, Text text, Map<String, Text> labels) {
    public GradeInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
