package dev.safegrade;

import java.util.List;

/**
 * A waivers file could not be used; nothing was evaluated with it. Each problem carries the file, line/column, the
 * JSON Pointer, and what was expected and found: JSON that is not waivers-v1, a rule no loaded pack has, or a rule
 * that may not be waived (a 重大事故隐患 item, a 禁).
 */
public final class InvalidWaiversException extends SafeGradeException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InvalidWaiversException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid waivers" : problems.get(0).describe() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
