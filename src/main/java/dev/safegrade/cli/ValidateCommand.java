package dev.safegrade.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.PackException;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.MemberFiles;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.facts.RuleReferences;
import dev.safegrade.internal.packs.PackLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safegrade validate}: checks fact files against facts-v1 without evaluating them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check fact files against the facts-v1 contract (syntax, schema, semantic checks) without evaluating them: every rule id "
                + "they name (hazards[].item, observations[].item) must be a rule of a shipped pack or of --packs DIR, and a park's member "
                + "files (park.members[].facts) are checked too.", "Exit 0 when all are valid, 2 otherwise."})
final class ValidateCommand extends StreamCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--packs", paramLabel = "DIR",
            description = "Also accept the rule ids of the packs in DIR (one pack folder, or a folder of them), as evaluate --packs DIR would load them.")
    Path packDir;

    @Option(names = "--threads", paramLabel = "N", description = "With --batch: check on N threads, 1 to 256 (default: the number of cores); output keeps input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", description = "With --batch: print a status line every 10 s on stderr when it is not a terminal (on a terminal a progress bar is shown anyway).")
    boolean progress;

    @Override
    public Integer call() throws IOException {
        Set<String> ruleIds;
        try {
            ruleIds = RuleReferences.idsOf(PackLoader.available(true, packDir == null ? List.of() : List.of(packDir)));
        } catch (PackException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (!OrderedBatch.threadsInRange(threads, streams.err()) || !input.membersRootIsAFolder(streams.err())) {
            return ExitCode.INVALID_INPUT;
        }
        if (input.batch) {
            try (OrderedBatch batch = new OrderedBatch(threads, streams.out());
                 Progress bar = Progress.start("validate", input.files, progress, streams, batch::invalidSoFar)) {
                int unreadable = ExitCode.OK;
                try {
                    unreadable = input.forEach(streams.in(), streams.err(), InputOptions.lines((source, bytes, line) -> {
                        batch.submit(source, line, () -> checkLine(source, bytes, line, ruleIds, input.membersRoot));
                        bar.step(bytes.length + 1L);
                    }, (source, line, length) -> {
                        batch.submit(source, line, () -> ErrorRecord.line(source, line, List.of(InputOptions.tooLong(source, line, length, input.maxLineBytes()))));
                        bar.step(length + 1L);
                    }));
                } catch (OrderedBatch.OutputFailed stopped) {
                    // the output is gone (| head -1): nothing more to check; told below
                }
                int code = ExitCode.worst(batch.finish(streams.err()), unreadable);
                return OutputFile.written(streams.out(), streams.err()) ? code : ExitCode.worst(code, ExitCode.INVALID_INPUT);
            }
        }
        int[] worst = {ExitCode.OK};
        int unreadable = input.forEach(streams.in(), streams.err(), (source, bytes, line) -> {
            try {
                check(bytes, source, 1, folderOf(source), input.membersRoot, ruleIds);
                streams.out().println(source + ": valid facts-v1");
            } catch (InvalidFactsException e) {
                Problems.print(streams.err(), e);
                worst[0] = ExitCode.INVALID_INPUT;
            }
        });
        return ExitCode.worst(worst[0], unreadable);
    }

    private static OrderedBatch.Line checkLine(String source, byte[] bytes, int line, Set<String> ruleIds, Path membersRoot) {
        try {
            check(bytes, source + ":" + line, line, folderOf(source), membersRoot, ruleIds);
            return new OrderedBatch.Line("{\"input\":{\"source\":" + TextNode.valueOf(source) + ",\"line\":" + line + "},\"valid\":true}",
                    ExitCode.OK);
        } catch (InvalidFactsException e) {
            return ErrorRecord.line(source, line, e.problems());
        }
    }

    /** The document, the rule ids it names, and a park's member files (relative to the file it came from). */
    private static void check(byte[] bytes, String source, int firstLine, Path folder, Path membersRoot, Set<String> ruleIds) {
        ParsedFacts parsed = FactReader.read(bytes, source, firstLine);
        RuleReferences.check(parsed, ruleIds);
        MemberFiles.read(parsed, folder, membersRoot, ruleIds);
    }

    private static Path folderOf(String source) {
        return source.equals("-") ? null : Path.of(source).getParent();
    }
}
