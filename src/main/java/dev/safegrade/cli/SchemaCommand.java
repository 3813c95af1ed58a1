package dev.safegrade.cli;

import dev.safegrade.internal.facts.FactsSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code safegrade schema facts|report}: prints a shipped JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the input (facts) or the output (report).")
final class SchemaCommand extends StreamCommand implements Callable<Integer> {
    enum Which { facts, report }

    @Parameters(paramLabel = "facts|report", description = "Which schema: facts or report.")
    Which which;

    @Override
    public Integer call() {
        streams.out().print(FactsSchema.text(which == Which.facts ? FactsSchema.FACTS_RESOURCE : FactsSchema.REPORT_RESOURCE));
        return ExitCode.OK;
    }
}
