package dev.safegrade.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The safegrade CLI run in this JVM (its in-process entry point is package-private). */
public final class InProcessCli {
    private InProcessCli() {
    }

    /** Runs {@code safegrade ARGS} with no standard input; returns the exit code. */
    public static int run(OutputStream out, OutputStream err, String... args) {
        return Main.run(args, new Streams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }
}
