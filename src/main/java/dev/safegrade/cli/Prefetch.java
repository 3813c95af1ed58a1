package dev.safegrade.cli;

import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.packs.PackLoader;

/**
 * A one-file {@code evaluate} spends most of its time on first-use work: loading the shipped packs, compiling the
 * facts schema, Jackson's look at the model, Drools' own start. Started before the command line is even parsed,
 * that work runs on the other cores instead of one after the other; the command then finds it done (or waits for
 * it, through the same locks it would have taken anyway). Failures are left for the command to meet and report.
 */
final class Prefetch {
    private Prefetch() {
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !"evaluate".equals(args[0])) {
            return;
        }
        start("safegrade-prefetch-packs", () -> {
            PackLoader.shipped();
            CompiledPacks.warmUp();
        });
        start("safegrade-prefetch-facts", FactReader::warmUp);
    }

    private static void start(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // the command does the same work and reports what went wrong
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
