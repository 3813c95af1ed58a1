package dev.safegrade.internal.lint;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one check, placing each in its file and line. */
public final class Problems {
    private final String check;
    private final List<LintProblem> found = new ArrayList<>();

    Problems(String check) {
        this.check = check;
    }

    /** A problem at a JSON Pointer of the pack's manifest. */
    void inManifest(LintTarget target, String pointer, String message) {
        found.add(new LintProblem(check, target.id(), target.display(LintTarget.MANIFEST), target.manifestLine(pointer), message));
    }

    /** A problem at a line of a file of the pack (0: the whole file). */
    void inFile(LintTarget target, String file, int line, String message) {
        found.add(new LintProblem(check, target.id(), target.display(file), line, message));
    }

    List<LintProblem> found() {
        return found;
    }
}
