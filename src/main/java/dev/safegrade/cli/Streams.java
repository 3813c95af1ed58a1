package dev.safegrade.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams a command uses; tests pass their own to run the CLI in-process. {@code errIsTerminal}: stderr is
 * a terminal, so a progress bar may be drawn there.
 */
record Streams(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
    /** Streams whose stderr is no terminal (tests, embedding). */
    Streams(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, false);
    }
}
