package dev.safegrade.internal.lint;

import java.util.List;

/** Every lint check, in the order they run; a new check is one class and one line here. */
public final class LintChecks {
    public static final List<LintCheck> ALL = List.of(
            new ManifestComplete(),
            new BilingualText(),
            new RuleIdFormat(),
            new RuleIdUnique(),
            new CitationResolves(),
            new DatesOrdered(),
            new ReadsInSchema(),
            new ReadsCoverCases(),
            new BandTables(),
            new DrlAllowList(),
            new CompiledCode(),
            new DrlCompiles(),
            new MessagePlaceholders(),
            new GoldenCaseCoverage(),
            new VersionRecorded(),
            new PackLoads());

    private LintChecks() {
    }
}
