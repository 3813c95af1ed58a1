package dev.safegrade;

import java.util.List;

/**
 * The fact document is not valid facts-v1: not JSON, against the schema, or holding an impossible value.
 * Nothing was evaluated. Every problem carries its file, line/column where known, JSON Pointer, and what was
 * expected and found.
 */
public final class InvalidFactsException extends SafeGradeException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InvalidFactsException(List<InputProblem> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summarise(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidFactsException needs at least one problem");
        }
        StringBuilder b = new StringBuilder(problems.get(0).describe());
        if (problems.size() > 1) {
            b.append(" (and ").append(problems.size() - 1).append(" more problem").append(problems.size() > 2 ? "s" : "").append(')');
        }
        return b.toString();
    }
}
