package dev.safegrade.cli;

import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import java.io.PrintStream;

/**
 * How invalid input is told on stderr: one line per problem, each with its place, and a hint line where there is one;
 * never a stack trace.
 */
final class Problems {
    private Problems() {
    }

    static void print(PrintStream err, InvalidFactsException e) {
        print(err, e.problems());
    }

    static void print(PrintStream err, java.util.List<InputProblem> problems) {
        for (InputProblem p : problems) {
            err.println("error: " + p.describe());
            if (p.hint() != null) {
                err.println("hint: " + p.hint());
            }
        }
    }
}
