package dev.safegrade.cli;

import dev.safegrade.FactDocument;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code safegrade validate}: checks fact files against facts-v1 without evaluating them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check fact files against the facts-v1 contract (syntax, schema, semantic checks) without evaluating them. Exit 0 when all are valid, 2 otherwise.")
final class ValidateCommand extends StreamCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() throws IOException {
        int[] code = {ExitCode.OK};
        input.forEach(streams.in(), new InputOptions.Sink() {
            @Override
            public void document(String source, byte[] bytes, int firstLine) {
                String name = input.batch ? source + ":" + firstLine : source;
                try {
                    FactDocument.parse(bytes, name, firstLine);
                    if (input.batch) {
                        streams.out().println("{\"input\":{\"source\":" + quote(source) + ",\"line\":" + firstLine + "},\"valid\":true}");
                    } else {
                        streams.out().println(source + ": valid facts-v1");
                    }
                } catch (InvalidFactsException e) {
                    code[0] = ExitCode.INVALID_INPUT;
                    if (input.batch) {
                        streams.out().println(ErrorRecord.of(source, firstLine, e.problems()));
                    } else {
                        Problems.print(streams.err(), e);
                    }
                }
            }

            @Override
            public void unreadable(String source, String why) {
                code[0] = ExitCode.INVALID_INPUT;
                streams.err().println("error: " + new InputProblem(source, 0, 0, null, "a readable fact file", why).describe());
            }
        });
        return code[0];
    }

    private static String quote(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }
}
