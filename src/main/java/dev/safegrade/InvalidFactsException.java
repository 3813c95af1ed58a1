package dev.safegrade;

import java.util.List;
import java.util.Objects;

/**
 * A fact document could not be evaluated; nothing was. {@link #kind()} says which step refused it; every problem
 * carries its file, line/column where known, JSON Pointer, and what was expected and found.
 */
public final class InvalidFactsException extends SafeGradeException {
    private static final long serialVersionUID = 1L;

    /** Which step refused the document, in the order they run. */
    public enum Kind {
        /** The file could not be read (missing, a folder, no permission). */
        UNREADABLE,
        /** The bytes are not UTF-8 text (facts-v1 is UTF-8; the problem's hint says how to convert). */
        NOT_UTF8,
        /** The text is not one strict JSON document (a syntax error, no content, a duplicate key, trailing content). */
        NOT_JSON,
        /**
         * JSON that is not valid facts-v1: against the schema or a check a schema cannot express (a date that does not
         * exist, a 统一社会信用代码's check character, a duplicate id, a reference to no element).
         */
        NOT_FACTS_V1,
        /** A park's member file (its {@code park.members}) is one of the above, or is not an enterprise's. */
        INVALID_MEMBER,
        /**
         * Valid facts-v1 that cannot be evaluated as asked: no {@code asOf} in the document or from the caller, a profile
         * the packs do not know, a rule id no loaded pack has, none of the chosen packs applies to the subject, or a
         * park where an enterprise is wanted (or the reverse).
         */
        NOT_EVALUABLE,
        /** Strict mode: a rule is left without the facts it needs (each problem names one missing fact). */
        INCOMPLETE
    }

    private final Kind kind;
    private final transient List<InputProblem> problems;

    public InvalidFactsException(Kind kind, List<InputProblem> problems) {
        super(summarise(problems));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problems = List.copyOf(problems);
    }

    /** Which step refused the document. */
    public Kind kind() {
        return kind;
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
