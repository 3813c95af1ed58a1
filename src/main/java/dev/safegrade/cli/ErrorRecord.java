package dev.safegrade.cli;

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
}
