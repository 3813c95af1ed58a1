package dev.safegrade.cli;

import dev.safegrade.FactDocument;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.Language;
import dev.safegrade.PackException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.Severity;
import dev.safegrade.internal.facts.FactDocuments;
import dev.safegrade.internal.report.ReportJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safegrade evaluate}: fact files in, report-v1 JSON or a text table out. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate fact files against the rule packs and print a report per document.")
final class EvaluateCommand extends StreamCommand implements Callable<Integer> {
    enum Format { json, text }

    /** {@code --fail-on}: a severity, or none. */
    enum FailOn {
        none, critical, high, medium, low, info;

        Severity severity() {
            return this == none ? null : Severity.fromId(name());
        }
    }

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--format", description = "json (report-v1, the default) or text (a table in --lang).")
    Format format = Format.json;

    @Option(names = "--lang", description = "Language of the text format: zh (default) or en.")
    String lang = "zh";

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Apply the rules for this date instead of each document's asOf.")
    LocalDate asOf;

    @Option(names = "--profile", description = "Regional/variant profile (band tables); overrides each document's profile.")
    String profile;

    @Mixin
    PackOptions packs = new PackOptions();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 4 when a finding is at or above this severity: critical, high, medium, low, info or none (default).")
    FailOn failOn = FailOn.none;

    @Option(names = "--strict", description = "Treat a rule left without the facts it needs (notEvaluated) as invalid input.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "With --batch: evaluate on N threads (default: the number of cores); output keeps input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write reports to FILE instead of standard output.")
    Path output;

    private boolean wroteText;

    @Override
    public Integer call() throws IOException {
        Language language;
        try {
            language = Language.valueOf(lang.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            streams.err().println("error: --lang: expected zh or en, found \"" + lang + "\"");
            return ExitCode.INVALID_INPUT;
        }
        if (threads < 1) {
            streams.err().println("error: --threads: expected a number of threads ≥ 1, found " + threads);
            return ExitCode.INVALID_INPUT;
        }
        if (input.batch && format == Format.text) {
            streams.err().println("error: --batch writes NDJSON; use --format json (the default) with it");
            return ExitCode.INVALID_INPUT;
        }
        if (output != null && !OutputFile.check(output, streams.err())) {
            return ExitCode.INVALID_INPUT;
        }
        SafeGrade safeGrade;
        try {
            SafeGrade.Builder b = packs.builder().strict(strict);
            if (asOf != null) {
                b.asOf(asOf);
            }
            if (profile != null) {
                b.profile(profile);
            }
            safeGrade = b.build();
        } catch (PackException | IllegalArgumentException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        OutputStream file = output == null ? null : OutputFile.open(output, streams.err());
        if (output != null && file == null) {
            return ExitCode.INVALID_INPUT;
        }
        try (file) {
            PrintStream out = file == null ? streams.out() : new PrintStream(new BufferedOutputStream(file, 1 << 16), false, StandardCharsets.UTF_8);
            int code;
            if (input.batch) {
                try (OrderedBatch batch = new OrderedBatch(threads, out)) {
                    int unreadable = input.forEach(streams.in(), streams.err(),
                            (source, bytes, line) -> batch.submit(() -> evaluateLine(safeGrade, source, bytes, line)));
                    code = ExitCode.worst(batch.finish(streams.err()), unreadable);
                }
            } else {
                int[] worst = {ExitCode.OK};
                int unreadable = input.forEach(streams.in(), streams.err(),
                        (source, bytes, line) -> worst[0] = ExitCode.worst(worst[0], evaluateFile(safeGrade, source, bytes, out, language)));
                code = ExitCode.worst(worst[0], unreadable);
            }
            out.flush();
            return code;
        }
    }

    /** One NDJSON line: a compact report, or an error record in its place. */
    private OrderedBatch.Line evaluateLine(SafeGrade safeGrade, String source, byte[] bytes, int line) {
        try {
            Report report = evaluate(safeGrade, FactDocuments.parse(bytes, source + ":" + line, line), source);
            return new OrderedBatch.Line(ReportJson.compactUtf8(report), exitCodeOf(report));
        } catch (InvalidFactsException e) {
            return ErrorRecord.line(source, line, e.problems());
        }
    }

    /** One whole file: its report on {@code out}, or its problems on stderr. */
    private int evaluateFile(SafeGrade safeGrade, String source, byte[] bytes, PrintStream out, Language language) {
        try {
            Report report = evaluate(safeGrade, FactDocuments.parse(bytes, source, 1), source);
            if (format == Format.json) {
                out.print(report.toJson());
            } else {
                if (wroteText) {
                    out.println();
                }
                out.print(report.toText(language));
                wroteText = true;
            }
            return exitCodeOf(report);
        } catch (InvalidFactsException e) {
            Problems.print(streams.err(), e);
            return ExitCode.INVALID_INPUT;
        }
    }

    /** A park that lists its member enterprises is evaluated with them (paths relative to the file it came from). */
    private static Report evaluate(SafeGrade safeGrade, FactDocument doc, String source) {
        if (doc.memberFiles().isEmpty()) {
            return safeGrade.evaluate(doc);
        }
        return safeGrade.evaluatePark(doc, doc.members(source.equals("-") ? null : Path.of(source).getParent()));
    }

    private int exitCodeOf(Report report) {
        Severity threshold = failOn.severity();
        boolean failing = threshold != null && report.highestSeverity().filter(s -> s.atLeast(threshold)).isPresent();
        return failing ? ExitCode.FINDINGS_AT_OR_ABOVE_FAIL_ON : ExitCode.OK;
    }
}
