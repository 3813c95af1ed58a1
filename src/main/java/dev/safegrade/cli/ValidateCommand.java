package dev.safegrade.cli;

import dev.safegrade.FactDocument;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.safegrade.InvalidFactsException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safegrade validate}: checks fact files against facts-v1 without evaluating them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check fact files against the facts-v1 contract (syntax, schema, semantic checks) without evaluating them. Exit 0 when all are valid, 2 otherwise.")
final class ValidateCommand extends StreamCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--threads", paramLabel = "N", description = "With --batch: check on N threads (default: the number of cores); output keeps input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        if (input.batch) {
            try (OrderedBatch batch = new OrderedBatch(Math.max(1, threads), streams.out())) {
                int unreadable = input.forEach(streams.in(), streams.err(), (source, bytes, line) -> batch.submit(() -> checkLine(source, bytes, line)));
                return ExitCode.worst(batch.finish(streams.err()), unreadable);
            }
        }
        int[] worst = {ExitCode.OK};
        int unreadable = input.forEach(streams.in(), streams.err(), (source, bytes, line) -> {
            try {
                FactDocument.parse(bytes, source, 1);
                streams.out().println(source + ": valid facts-v1");
            } catch (InvalidFactsException e) {
                Problems.print(streams.err(), e);
                worst[0] = ExitCode.INVALID_INPUT;
            }
        });
        return ExitCode.worst(worst[0], unreadable);
    }

    private static OrderedBatch.Line checkLine(String source, byte[] bytes, int line) {
        try {
            FactDocument.parse(bytes, source + ":" + line, line);
            return new OrderedBatch.Line("{\"input\":{\"source\":" + TextNode.valueOf(source) + ",\"line\":" + line + "},\"valid\":true}",
                    ExitCode.OK);
        } catch (InvalidFactsException e) {
            return ErrorRecord.line(source, line, e.problems());
        }
    }
}
