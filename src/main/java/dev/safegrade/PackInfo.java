package dev.safegrade;

import java.util.List;
import java.util.Objects;

/**
 * A rule pack as loaded: its id, semantic version, title, the sha256 digest of its rule content, the grades it
 * declares (how the report orders, names and shows them), and its rules.
 *
 * @param rules the pack's rules in the order its manifest lists them. In a report: those that apply to its subject
 *              (rules in DRL files the pack scopes to other industries or activities are left out); from
 *              {@link SafeGrade#packs()}: all. Not part of report-v1's JSON, which names a pack by id, version and digest
 */
public record PackInfo(String id, String version, Text title, String digest, List<GradeInfo> grades, List<RuleInfo> rules) {
    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(digest, "digest");
        grades = grades == null ? List.of() : List.copyOf(grades);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** A pack whose rules are not listed. */
    public PackInfo(String id, String version, Text title, String digest, List<GradeInfo> grades) {
        this(id, version, title, digest, grades, List.of());
    }

    /** A pack that declares no grades (and whose rules are not listed). */
    public PackInfo(String id, String version, Text title, String digest) {
        this(id, version, title, digest, List.of());
    }
}
