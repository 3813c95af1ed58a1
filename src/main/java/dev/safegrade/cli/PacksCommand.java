package dev.safegrade.cli;

import dev.safegrade.PackException;
import dev.safegrade.PackInfo;
import dev.safegrade.internal.packs.Pack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code safegrade packs}: what rule authors need about the packs. */
@Command(name = "packs", mixinStandardHelpOptions = true, description = "Work with rule packs.",
        subcommands = {PacksCommand.List.class, PacksTestCommand.class, PacksLintCommand.class, PacksDocCommand.class,
                PacksReleaseCommand.class})
final class PacksCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code safegrade packs list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the packs with their version, digest and title.")
    static final class List extends StreamCommand implements Callable<Integer> {
        @Mixin
        PackOptions packs = new PackOptions();

        @Override
        public Integer call() {
            java.util.List<Pack> loaded;
            try {
                loaded = packs.load(); // manifests only: listing compiles no DRL
            } catch (PackException | IllegalArgumentException e) {
                streams.err().println("error: " + e.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            for (Pack p : loaded) {
                PackInfo i = p.info();
                streams.out().println(i.id() + "  " + i.version() + "  " + p.rules().size() + " rules  " + i.digest() + "  "
                        + i.title().zh() + " / " + i.title().en() + "  (" + p.origin() + ")");
            }
            return ExitCode.OK;
        }
    }
}
