package dev.safegrade.cli;

import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.PackException;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.explain.Explanation;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.facts.RuleReferences;
import dev.safegrade.internal.facts.Unreadable;
import dev.safegrade.internal.packs.Pack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safegrade explain RULE-ID [FILE]}: what a rule checks, and why it did or did not fire on a fact file. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tell what a rule checks: its pack, severity, effective dates, message, citations, the facts it reads and where it "
                + "is decided (DRL rule, table rows).",
                "With FILE: evaluate it with the rule's pack alone and tell whether the rule fired, was not evaluated (with the missing "
                + "facts), was not in force, did not apply, or passed, element by element with the values of the facts it read.",
                "Exit 0 when explained, 2 for an unknown rule or an invalid file."})
final class ExplainCommand extends StreamCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RULE-ID", description = "The rule id, e.g. ACC-493-LARGE.")
    String ruleId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "A fact file (facts-v1 JSON) to explain the rule on.")
    Path file;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Apply the rule for this date instead of the document's asOf.")
    LocalDate asOf;

    @Option(names = "--profile", description = "Regional/variant profile; overrides the document's profile.")
    String profile;

    @Mixin
    PackOptions packs = new PackOptions();

    @Mixin
    PackTrustOptions trust = new PackTrustOptions();

    @Override
    public Integer call() throws IOException {
        Pack pack;
        Set<String> ruleIds;
        try {
            ruleIds = packs.ruleIds();
            // Explaining on a file runs the rules: a pack folder's must be trusted; describing a rule only reads it.
            List<Pack> loaded = file == null ? packs.load() : packs.loadToRun(trust.trust());
            pack = loaded.stream().filter(p -> p.rules().containsKey(ruleId)).findFirst().orElse(null);
            if (pack == null) {
                List<String> near = loaded.stream().flatMap(p -> p.rules().keySet().stream())
                        .filter(id -> id.startsWith(ruleId.replaceAll("-[^-]*$", ""))).sorted().toList();
                streams.err().println("error: no pack describes rule " + ruleId + (near.isEmpty() ? "" : " (similar: " + String.join(", ", near) + ")"));
                return ExitCode.INVALID_INPUT;
            }
        } catch (PackException | IllegalArgumentException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        Explanation.describe(pack, ruleId).forEach(streams.out()::println);
        if (file == null) {
            return ExitCode.OK;
        }
        ParsedFacts parsed;
        try {
            parsed = FactReader.read(Files.readAllBytes(file), file.toString(), 1);
            RuleReferences.check(parsed, ruleIds);
        } catch (IOException e) {
            streams.err().println("error: " + new InputProblem(file.toString(), 0, 0, null, "a readable fact file", Unreadable.why(file, e)).describe());
            return ExitCode.INVALID_INPUT;
        } catch (InvalidFactsException e) {
            Problems.print(streams.err(), e);
            return ExitCode.INVALID_INPUT;
        }
        LocalDate day = asOf != null ? asOf : parsed.model().getAsOf();
        if (day == null) {
            streams.err().println("error: " + file + ": the document has no asOf; give --as-of");
            return ExitCode.INVALID_INPUT;
        }
        String p = profile != null ? profile : parsed.model().getProfile() != null ? parsed.model().getProfile() : SafeGrade.DEFAULT_PROFILE;
        streams.out().println();
        Explanation.onFacts(pack, ruleId, parsed, day, p).lines().forEach(streams.out()::println);
        return ExitCode.OK;
    }
}
