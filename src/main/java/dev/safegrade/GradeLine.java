package dev.safegrade;

import java.util.List;
import java.util.Objects;

/**
 * A grade as people read it, worded by its pack's declared template (as the text report shows it).
 *
 * @param key   the grade's report-v1 key, e.g. {@code riskColor}
 * @param name  its heading in the language asked for, e.g. 企业风险等级
 * @param lines its wording, one or more lines
 */
public record GradeLine(String key, String name, List<String> lines) {
    public GradeLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
    }
}
