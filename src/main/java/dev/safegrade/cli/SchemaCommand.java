package dev.safegrade.cli;

import dev.safegrade.internal.facts.FactsSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code safegrade schema facts|report|pack}: prints a shipped JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the input (facts), the output (report), a rule pack's manifest (pack: pack.json) or a waivers file (waivers).")
final class SchemaCommand extends StreamCommand implements Callable<Integer> {
    enum Which { facts, report, pack, waivers }

    @Parameters(paramLabel = "facts|report|pack|waivers", description = "Which schema: facts, report, pack or waivers.")
    Which which;

    @Override
    public Integer call() {
        streams.out().print(FactsSchema.text(switch (which) {
            case facts -> FactsSchema.FACTS_RESOURCE;
            case report -> FactsSchema.REPORT_RESOURCE;
            case pack -> FactsSchema.PACK_RESOURCE;
            case waivers -> dev.safegrade.internal.facts.WaiversReader.RESOURCE;
        }));
        return ExitCode.OK;
    }
}
