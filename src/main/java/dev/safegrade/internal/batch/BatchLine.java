package dev.safegrade.internal.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.FactDocument;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.facts.FactDocuments;
import dev.safegrade.internal.report.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One NDJSON batch line turned into its output line: the compact report-v1 JSON, or the error record written in its
 * place. {@code evaluate --batch} and the Spark job both call this, so that they write the same bytes for a line.
 *
 * @param utf8     the output line, without a line end
 * @param report   the report, or null when the line is not a valid fact document
 * @param problems the line's problems placed in the file (as the error record tells them); empty when there is a report
 */
public record BatchLine(byte[] utf8, Report report, List<InputProblem> problems) {
    public BatchLine {
        problems = List.copyOf(problems);
    }

    /** Line {@code line} of {@code source} (a file name, or {@code -}), its bytes without the line end. */
    public static BatchLine evaluate(SafeGrade safeGrade, String source, byte[] bytes, int line) {
        return evaluate(safeGrade, source, bytes, line, null);
    }

    /**
     * Line {@code line} of {@code source}, its bytes without the line end; a park's member files must lie in
     * {@code membersRoot} ({@code null}: the folder of {@code source}).
     */
    public static BatchLine evaluate(SafeGrade safeGrade, String source, byte[] bytes, int line, Path membersRoot) {
        try {
            Report report = evaluate(safeGrade, FactDocuments.parse(bytes, source + ":" + line, line), source, membersRoot);
            return new BatchLine(ReportJson.compactUtf8(report), report, List.of());
        } catch (InvalidFactsException e) {
            List<InputProblem> placed = e.problems().stream().map(p -> inFile(p, source, line)).toList();
            return new BatchLine(errorRecord(source, line, placed).getBytes(StandardCharsets.UTF_8), null, placed);
        }
    }

    /** A park that lists its member enterprises is evaluated with them (paths relative to the file it came from). */
    public static Report evaluate(SafeGrade safeGrade, FactDocument doc, String source) {
        return evaluate(safeGrade, doc, source, null);
    }

    /**
     * As {@link #evaluate(SafeGrade, FactDocument, String)}, member files confined to {@code membersRoot} ({@code null}:
     * the folder of {@code source}, the working directory for standard input).
     */
    public static Report evaluate(SafeGrade safeGrade, FactDocument doc, String source, Path membersRoot) {
        if (doc.memberFiles().isEmpty()) {
            return safeGrade.evaluate(doc);
        }
        return safeGrade.evaluatePark(doc, doc.members(source.equals("-") ? null : Path.of(source).getParent(), membersRoot));
    }

    /**
     * A batch line's document is named {@code FILE:LINE} (so that its report says where it came from), and its problems
     * carry the file's own line numbers: told as they are, the place would read FILE:LINE:LINE:COLUMN. The problem is
     * placed at FILE:LINE:COLUMN instead, on the batch line when it has no line of its own. Problems of other files (a
     * park line's member files) stay as they are.
     */
    public static InputProblem inFile(InputProblem p, String source, int line) {
        if (!p.source().equals(source + ":" + line)) {
            return p;
        }
        return new InputProblem(source, p.line() > 0 ? p.line() : line, p.column(), p.pointer(), p.expected(), p.found(), p.hint());
    }

    /**
     * The NDJSON line written in a batch for an input line that could not be evaluated:
     * {@code {"errorVersion":1,"input":{"source":…,"line":…},"errors":[{line,column,pointer,expected,found,message[,hint]}]}}.
     * A reader tells it from a report by its {@code errors} key.
     */
    public static String errorRecord(String source, int line, List<InputProblem> problems) {
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
