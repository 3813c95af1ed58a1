package dev.safegrade.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.InputProblem;
import java.util.List;

/**
 * The NDJSON line written in a batch for an input line that could not be evaluated:
 * {@code {"errorVersion":1,"input":{"source":…,"line":…},"errors":[{line,column,pointer,expected,found,message[,hint]}]}}.
 * A reader tells it from a report by its {@code errors} key.
 */
final class ErrorRecord {
    private ErrorRecord() {
    }

    /** The error record of batch line {@code line} of {@code source}, as a batch output line with exit code 2. */
    static OrderedBatch.Line line(String source, int line, List<InputProblem> problems) {
        List<InputProblem> placed = problems.stream().map(p -> inFile(p, source, line)).toList();
        return new OrderedBatch.Line(of(source, line, placed), ExitCode.INVALID_INPUT, placed.get(0).describe());
    }

    /**
     * A batch line's document is named {@code FILE:LINE} (so that its report says where it came from), and its problems
     * carry the file's own line numbers: told as they are, the place would read FILE:LINE:LINE:COLUMN. The problem is
     * placed at FILE:LINE:COLUMN instead, on the batch line when it has no line of its own. Problems of other files (a
     * park line's member files) stay as they are.
     */
    private static InputProblem inFile(InputProblem p, String source, int line) {
        if (!p.source().equals(source + ":" + line)) {
            return p;
        }
        return new InputProblem(source, p.line() > 0 ? p.line() : line, p.column(), p.pointer(), p.expected(), p.found(), p.hint());
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

    private static String of(String source, int line, List<InputProblem> problems) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("errorVersion", 1);
        o.putObject("input").put("source", source).put("line", line);
        ArrayNode errors = o.putArray("errors");
        for (InputProblem p : problems) {
            ObjectNode e = errors.addObject();
            e.put("line", p.line());
            e.put("column", p.column());
            e.put("pointer", p.pointer());
            e.put("expected", p.expected());
            e.put("found", p.found());
            e.put("message", p.describe());
            if (p.hint() != null) {
                e.put("hint", p.hint());
            }
        }
        return o.toString();
    }
}
