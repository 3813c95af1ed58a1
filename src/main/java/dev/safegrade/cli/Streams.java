package dev.safegrade.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams a command uses; tests pass their own to run the CLI in-process. */
record Streams(InputStream in, PrintStream out, PrintStream err) {
}
