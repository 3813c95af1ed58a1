package dev.safegrade.internal.facts;

import dev.safegrade.InputProblem;
import dev.safegrade.internal.json.JsonLocator;
import java.util.ArrayList;
import java.util.List;

/** Gathers the problems of one document and places each at its line and column. */
final class ProblemCollector {
    private final String source;
    private final byte[] bytes;
    private final int firstLine;
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(String pointer, String expected, String found, String hint) {
    }

    /** @param firstLine the line the document starts on in its file (1, or the NDJSON line) */
    ProblemCollector(String source, byte[] bytes, int firstLine) {
        this.source = source;
        this.bytes = bytes;
        this.firstLine = firstLine;
    }

    void add(String pointer, String expected, String found) {
        add(pointer, expected, found, null);
    }

    /** @param hint what to do about it, or null */
    void add(String pointer, String expected, String found, String hint) {
        pending.add(new Pending(pointer, expected, found, hint));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    List<InputProblem> problems() {
        JsonLocator locator = JsonLocator.of(bytes);
        List<InputProblem> out = new ArrayList<>();
        for (Pending p : pending) {
            JsonLocator.Location at = locator.find(p.pointer());
            int line = at == null ? 0 : at.line() + firstLine - 1;
            int column = at == null ? 0 : at.column();
            out.add(new InputProblem(source, line, column, p.pointer(), p.expected(), p.found(), p.hint()));
        }
        out.sort(java.util.Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        return out;
    }
}
