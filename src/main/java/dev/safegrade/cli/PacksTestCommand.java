package dev.safegrade.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.cases.Coverage;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safegrade packs test [DIR] [--coverage]}: runs the golden cases and shows what differs. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run every golden case of the packs (cases/<name>.facts.json against <name>.expected.json, each pack alone) "
                + "and show, for a failing case, its findings and grades that differ from the expected ones. Each case also runs with "
                + "all packs together (these and the shipped ones): its packs must conclude the same, and no finding may be repeated.",
                "Exit 0 when every case passes (and, with --coverage, every pack reaches its coverage.minRuleShare), 2 otherwise."})
final class PacksTestCommand extends StreamCommand implements Callable<Integer> {
    @Mixin
    PackDir packDir = new PackDir();

    @Mixin
    PackTrustOptions trust = new PackTrustOptions();

    @Option(names = "--coverage", description = "Also show, per pack, which rules fired in its cases and which clauses of each source "
            + "its rules cite; fail when the share of rules that fired is below the manifest's coverage.minRuleShare.")
    boolean coverage;

    @Override
    public Integer call() {
        List<Pack> packs;
        try {
            packs = packDir.loadToRun(trust.trust());
        } catch (PackException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        // Every case also runs with all packs together (these, and the shipped ones they do not replace), as users
        // evaluate: a pack must conclude the same beside the others, and no finding may be reported twice.
        CompiledPacks together;
        try {
            together = CompiledPacks.of(PackLoader.available(true, packDir.dir == null ? List.of() : List.of(packDir.dir), trust.trust()));
        } catch (PackException e) {
            streams.err().println("error: with all packs together: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        int passed = 0;
        int failed = 0;
        List<String> failedCases = new ArrayList<>();
        boolean belowMinimum = false;
        for (Pack pack : packs) {
            List<JsonNode> outcomes = new ArrayList<>();
            for (Path facts : GoldenCases.caseFiles(pack.dir())) {
                GoldenCases.Result r;
                try {
                    r = GoldenCases.run(pack, facts, together);
                } catch (PackException e) {
                    streams.err().println("error: " + e.getMessage());
                    failed++;
                    break; // the pack does not compile: none of its cases can run
                }
                if (r.actual() != null) {
                    outcomes.add(r.actual());
                }
                if (r.passed()) {
                    passed++;
                    streams.out().println("ok    " + pack.id() + "/" + r.name());
                } else {
                    failed++;
                    failedCases.add(pack.id() + "/" + r.name());
                    streams.out().println("FAIL  " + pack.id() + "/" + r.name() + "  (expected: cases/" + r.name() + GoldenCases.EXPECTED_SUFFIX
                            + ", - expected but not produced, + produced but not expected, ~ differs)");
                    r.differences().forEach(d -> streams.out().println("      " + d));
                }
            }
            if (coverage) {
                Coverage c = Coverage.of(pack, outcomes);
                c.lines().forEach(streams.out()::println);
                belowMinimum |= !c.meetsMinimum();
            }
        }
        streams.out().println((passed + failed) + " cases: " + passed + " passed, " + failed + " failed"
                + (belowMinimum ? "; coverage below a pack's minimum" : ""));
        if (failed > 0) {
            streams.out().println("A failing case: fix the rule, or, if the new outcome is right (check it against the case's .notes.md), "
                    + "rewrite its expected file, case by case: mvn -q test -Dtest=GoldenCasesTest -Dsafegrade.rebless="
                    + String.join(",", failedCases) + " (a new case without one: -Dsafegrade.bless=true)");
        }
        return failed > 0 || belowMinimum ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
