package dev.safegrade.cli;

import dev.safegrade.Language;
import dev.safegrade.Severity;
import dev.safegrade.internal.diff.Changes;
import dev.safegrade.internal.diff.DiffInputException;
import dev.safegrade.internal.diff.DiffJson;
import dev.safegrade.internal.diff.DiffMarkdown;
import dev.safegrade.internal.diff.DiffText;
import dev.safegrade.internal.diff.Differ;
import dev.safegrade.internal.diff.GradePacks;
import dev.safegrade.internal.diff.ReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safegrade diff OLD NEW}: what changed between two evaluations, and why (the 销号 view of rectification). */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two evaluations: two reports (evaluate -o) or two batches (evaluate --batch), matched by subject. "
                + "Lists the findings opened, closed and changed, and the grade changes, each with why: the facts changed (which "
                + "pointers), the packs changed (which versions), or only asOf moved. A closed finding is cleared (销号) only "
                + "when its facts changed.",
                "Exit 0; 4 with --fail-on-new when a new finding is at or above it; 2 when an input is not a report."})
final class DiffCommand extends StreamCommand implements Callable<Integer> {
    enum Format {
        text, json, markdown
    }

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report or batch (- reads standard input).")
    String before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later report or batch (- reads standard input).")
    String after;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json (diff-v1, docs/diff-v1.md) or markdown.")
    Format format = Format.text;

    @Option(names = "--lang", description = "Language of the text and markdown formats: zh (default) or en.")
    Language language = Language.ZH;

    @Option(names = "--fail-on-new", paramLabel = "SEVERITY",
            description = "Exit 4 when a finding opened (or whose severity rose) is at or above this severity: critical, high, medium, low or info.")
    EvaluateCommand.FailOn failOnNew = EvaluateCommand.FailOn.none;

    @Option(names = "--old-facts", paramLabel = "FILE", description = "The fact file OLD was evaluated from (one report), when its input.source is not at hand.")
    Path beforeFacts;

    @Option(names = "--new-facts", paramLabel = "FILE", description = "The fact file NEW was evaluated from (one report).")
    Path afterFacts;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diff to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<String> inputs = new ArrayList<>(List.of(before, after));
        if (beforeFacts != null) {
            inputs.add(beforeFacts.toString());
        }
        if (afterFacts != null) {
            inputs.add(afterFacts.toString());
        }
        if (output != null && !(OutputFile.check(output, streams.err()) && OutputFile.notAnInput(output, inputs, streams.err()))) {
            return ExitCode.INVALID_INPUT;
        }
        if (before.equals("-") && after.equals("-")) {
            streams.err().println("error: OLD NEW: expected at most one of them to be - (standard input), found both");
            return ExitCode.INVALID_INPUT;
        }
        ReportReader.Side old;
        ReportReader.Side now;
        try {
            java.util.Map<Object, Object> pool = new java.util.HashMap<>();
            old = ReportReader.read(before, streams.in(), pool);
            now = ReportReader.read(after, streams.in(), pool);
        } catch (DiffInputException e) {
            streams.err().println("error: " + e.getMessage());
            if (e.hint() != null) {
                streams.err().println("hint: " + e.hint());
            }
            return ExitCode.INVALID_INPUT;
        }
        if (beforeFacts != null && old.reports().size() != 1 || afterFacts != null && now.reports().size() != 1) {
            streams.err().println("error: --old-facts/--new-facts: expected one report on that side, found a batch; a batch's reports name their lines (FILE:LINE)");
            return ExitCode.INVALID_INPUT;
        }
        Changes.Diff diff = new Differ(GradePacks.shipped()).diff(old, now, beforeFacts, afterFacts);
        boolean zh = language == Language.ZH;
        String text = switch (format) {
            case text -> DiffText.write(diff, zh);
            case json -> DiffJson.write(diff);
            case markdown -> DiffMarkdown.write(diff, zh);
        };
        OutputFile.Body body = out -> out.write(text.getBytes(StandardCharsets.UTF_8));
        boolean written;
        if (output == null) {
            body.writeTo(streams.out());
            written = OutputFile.written(streams.out(), streams.err());
        } else {
            written = OutputFile.write(output, body, streams.err());
        }
        if (!written) {
            return ExitCode.INVALID_INPUT;
        }
        Severity threshold = failOnNew.severity();
        return threshold != null && Differ.newAtOrAbove(diff, threshold) ? ExitCode.FINDINGS_AT_OR_ABOVE_FAIL_ON : ExitCode.OK;
    }
}
