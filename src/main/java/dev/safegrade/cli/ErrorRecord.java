package dev.safegrade.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.InputProblem;
import java.util.List;

/**
 * The NDJSON line written in a batch for an input line that could not be evaluated:
 * {@code {"errorVersion":1,"input":{"source":…,"line":…},"errors":[{line,column,pointer,expected,found,message}]}}.
 * A reader tells it from a report by its {@code errors} key.
 */
final class ErrorRecord {
    private ErrorRecord() {
    }

    static String of(String source, int line, List<InputProblem> problems) {
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
        }
        return o.toString();
    }
}
