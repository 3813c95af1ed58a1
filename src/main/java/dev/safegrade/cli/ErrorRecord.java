package dev.safegrade.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.InputProblem;
import dev.safegrade.internal.batch.BatchLine;
import java.util.List;

/**
 * The NDJSON line written in a batch for an input line that could not be evaluated (see
 * {@link BatchLine#errorRecord}). A reader tells it from a report by its {@code errors} key.
 */
final class ErrorRecord {
    private ErrorRecord() {
    }

    /** The error record of batch line {@code line} of {@code source}, as a batch output line with exit code 2. */
    static OrderedBatch.Line line(String source, int line, List<InputProblem> problems) {
        List<InputProblem> placed = problems.stream().map(p -> BatchLine.inFile(p, source, line)).toList();
        return new OrderedBatch.Line(BatchLine.errorRecord(source, line, placed), ExitCode.INVALID_INPUT, placed.get(0).describe());
    }

    /**
     * The error record of a line whose evaluation failed unexpectedly (exit code 1): the failure is named, the line's
     * contents are not; the batch goes on with the next line.
     */
    static OrderedBatch.Line failed(String source, int line, Throwable failure) {
        String message = source + ":" + line + ": internal error while evaluating this line: " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("errorVersion", 1);
        o.putObject("input").put("source", source).put("line", line);
        ObjectNode e = o.putArray("errors").addObject();
        e.put("line", line);
        e.put("column", 0);
        e.putNull("pointer");
        e.put("expected", "a line SafeGrade can evaluate");
        e.put("found", "an internal error (" + failure.getClass().getSimpleName() + ")");
        e.put("message", message);
        return new OrderedBatch.Line(o.toString(), ExitCode.INTERNAL_ERROR, message);
    }
}
