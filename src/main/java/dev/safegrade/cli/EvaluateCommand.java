package dev.safegrade.cli;

import dev.safegrade.FactDocument;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.InvalidWaiversException;
import dev.safegrade.Language;
import dev.safegrade.PackException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.Severity;
import dev.safegrade.Waivers;
import dev.safegrade.format.RenderContext;
import dev.safegrade.format.ReportFormat;
import dev.safegrade.format.ReportFormats;
import dev.safegrade.internal.batch.BatchLine;
import dev.safegrade.internal.facts.FactDocuments;
import dev.safegrade.internal.summary.Regions;
import dev.safegrade.internal.summary.Summarizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safegrade evaluate}: fact files in, report-v1 JSON or a text table out. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate fact files against the rule packs and print a report per document.")
final class EvaluateCommand extends StreamCommand implements Callable<Integer> {
    /** {@code --fail-on}: a severity, or none. */
    enum FailOn {
        none, critical, high, medium, low, info;

        Severity severity() {
            return this == none ? null : Severity.fromId(name());
        }
    }

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (report-v1, the default), text (a table in --lang), markdown, html (one self-contained page with the four-colour map, in --lang), sarif (SARIF 2.1.0) or junit (JUnit XML, a test suite per subject).")
    String format = "json";

    @Option(names = "--lang", description = "Language of the text, markdown and html formats: zh (default) or en.")
    Language language = Language.ZH;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Apply the rules for this date instead of each document's asOf.")
    LocalDate asOf;

    @Option(names = "--profile", description = "Regional/variant profile (band tables); overrides each document's profile.")
    String profile;

    @Mixin
    PackOptions packs = new PackOptions();

    @Mixin
    PackTrustOptions trust = new PackTrustOptions();

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers (waivers-v1, 'safegrade schema waivers'): findings they accept are reported under waived; checked before anything is evaluated.")
    Path waivers;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 4 when a finding is at or above this severity: critical, high, medium, low, info or none (default).")
    FailOn failOn = FailOn.none;

    @Option(names = "--strict", description = "Treat a rule left without the facts it needs (notEvaluated) as invalid input.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "With --batch: evaluate on N threads, 1 to 256 (default: the number of cores); output keeps input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-o", "--output"}, paramLabel = "[FORMAT=]FILE",
            description = "Write reports to FILE instead of standard output; FORMAT=FILE writes that format there (repeatable: several formats from one run).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--summary", paramLabel = "[FORMAT=]PATH",
            description = "With --batch: also write the province summary of the reports (as 'safegrade summarize' would) to PATH, in one pass; "
                    + "FORMAT text, json, csv (PATH a folder) or xlsx, else taken from PATH's extension (.json, .xlsx, else text).")
    String summary;

    @Option(names = "--progress", description = "With --batch: print a status line every 10 s on stderr when it is not a terminal (on a terminal a progress bar is shown anyway).")
    boolean progress;

    @Override
    public Integer call() throws IOException {
        if (!OrderedBatch.threadsInRange(threads, streams.err()) || !input.membersRootIsAFolder(streams.err())) {
            return ExitCode.INVALID_INPUT;
        }
        List<Output> plan = plan();
        if (plan == null) {
            return ExitCode.INVALID_INPUT;
        }
        if (summary != null && !input.batch) {
            streams.err().println("error: --summary summarises a batch: use it with --batch");
            return ExitCode.INVALID_INPUT;
        }
        String summaryFormat = summary == null ? null : summaryFormat(summary);
        Path summaryPath = summary == null ? null : Path.of(summary.substring(summary.indexOf('=') + 1));
        if (summary != null && !(SummaryOptions.checkFormat(summaryFormat, summaryPath, streams.err())
                && (summaryFormat.equals("csv") || OutputFile.check(summaryPath, streams.err()) && OutputFile.notAnInput(summaryPath, input.files, streams.err())))) {
            return ExitCode.INVALID_INPUT;
        }
        if (input.batch && (plan.size() != 1 || !plan.get(0).format().id().equals("json"))) {
            streams.err().println("error: --batch writes NDJSON to one place; use --format json (the default) and at most one -o FILE with it");
            return ExitCode.INVALID_INPUT;
        }
        for (Output o : plan) {
            if (o.file() != null && !(OutputFile.check(o.file(), streams.err()) && OutputFile.notAnInput(o.file(), input.files, streams.err()))) {
                return ExitCode.INVALID_INPUT;
            }
        }
        SafeGrade safeGrade;
        try {
            SafeGrade.Builder b = packs.builder(trust.trust()).strict(strict);
            if (asOf != null) {
                b.asOf(asOf);
            }
            if (profile != null) {
                b.profile(profile);
            }
            if (waivers != null) {
                b.waivers(Waivers.parse(waivers));
            }
            safeGrade = b.build();
        } catch (InvalidWaiversException e) {
            Problems.print(streams.err(), e.problems());
            return ExitCode.INVALID_INPUT;
        } catch (PackException | IllegalArgumentException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (input.batch) {
            return batch(safeGrade, plan.get(0).file(), language, summaryFormat, summaryPath);
        }
        List<Report> reports = new ArrayList<>();
        Map<String, FactDocument> inputs = new LinkedHashMap<>();
        int[] worst = {ExitCode.OK};
        int unreadable = input.forEach(streams.in(), streams.err(),
                (source, bytes, line) -> worst[0] = ExitCode.worst(worst[0], evaluateFile(safeGrade, source, bytes, reports, inputs)));
        if (reports.isEmpty()) {
            return ExitCode.worst(worst[0], unreadable); // nothing evaluated: an existing output file stays as it was
        }
        RenderContext context = new RenderContext(language, inputs);
        for (Output o : plan) {
            if (!write(o, reports, context)) {
                return ExitCode.INVALID_INPUT;
            }
        }
        return ExitCode.worst(worst[0], unreadable);
    }

    /** A format and where it goes (null: standard output). */
    record Output(ReportFormat format, Path file) {
    }

    /** The outputs asked for, or null after telling why they cannot be. */
    private List<Output> plan() {
        ReportFormat main = ReportFormats.byId(format).orElse(null);
        if (main == null) {
            streams.err().println("error: --format: expected one of " + formatIds() + ", found \"" + format + "\"");
            return null;
        }
        List<Output> plan = new ArrayList<>();
        for (String value : outputs) {
            int eq = value.indexOf('=');
            ReportFormat named = eq > 0 ? ReportFormats.byId(value.substring(0, eq)).orElse(null) : null;
            if (eq > 0 && named == null && !value.substring(0, eq).contains("/") && !value.substring(0, eq).contains(".")) {
                streams.err().println("error: -o " + value + ": expected FORMAT=FILE with FORMAT one of " + formatIds()
                        + ", found \"" + value.substring(0, eq) + "\"");
                return null;
            }
            plan.add(named != null ? new Output(named, Path.of(value.substring(eq + 1))) : new Output(main, Path.of(value)));
        }
        if (plan.isEmpty()) {
            plan.add(new Output(main, null));
        }
        return plan;
    }

    private static String formatIds() {
        return ReportFormats.all().stream().map(ReportFormat::id).toList().toString();
    }

    /** {@code FORMAT=PATH}, else the format PATH's extension names (text when none does). */
    private static String summaryFormat(String value) {
        int eq = value.indexOf('=');
        if (eq > 0 && SummaryOptions.FORMATS.contains(value.substring(0, eq))) {
            return value.substring(0, eq);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") ? "json" : lower.endsWith(".xlsx") ? "xlsx" : "text";
    }

    private int batch(SafeGrade safeGrade, Path output, Language language, String summaryFormat, Path summaryPath) throws IOException {
        int[] code = {ExitCode.OK};
        Summarizer summarizer = summaryFormat == null ? null : new Summarizer(Regions.shipped(), Path.of(System.getProperty("java.io.tmpdir")));
        OutputFile.Body body = stream -> {
            PrintStream out = stream == streams.out() ? streams.out() : new PrintStream(stream, false, StandardCharsets.UTF_8);
            try (OrderedBatch batch = new OrderedBatch(threads, out);
                 Progress bar = Progress.start("evaluate", input.files, progress, streams, batch::invalidSoFar)) {
                if (summarizer != null) {
                    batch.onWritten(line -> summarizer.add(line.summary()));
                }
                int unreadable = ExitCode.OK;
                try {
                    unreadable = input.forEach(streams.in(), streams.err(), InputOptions.lines((source, bytes, line) -> {
                        batch.submit(source, line, () -> {
                            OrderedBatch.Line l = evaluateLine(safeGrade, source, bytes, line);
                            return summarizer == null ? l : l.withSummary();
                        });
                        bar.step(bytes.length + 1L);
                    }, (source, line, length) -> {
                        batch.submit(source, line, () -> ErrorRecord.line(source, line, List.of(InputOptions.tooLong(source, line, length, input.maxLineBytes()))));
                        bar.step(length + 1L);
                    }));
                } catch (OrderedBatch.OutputFailed stopped) {
                    // the output is gone (| head -1): nothing more to evaluate; the failed write is told below
                }
                code[0] = ExitCode.worst(batch.finish(streams.err()), unreadable);
            }
            out.flush();
            if (out != streams.out() && out.checkError()) {
                throw new IOException("the reports could not be written");
            }
        };
        boolean written;
        try (Summarizer closing = summarizer) {
            written = output == null ? write(body) : OutputFile.write(output, body, streams.err());
            if (written && summarizer != null) {
                written = SummaryOptions.write(summarizer.finish(null, Summarizer.Period.YEAR, Summarizer.Compare.YOY), summaryFormat, language,
                        summaryPath, streams);
            }
        }
        return written ? code[0] : ExitCode.worst(code[0], ExitCode.INVALID_INPUT);
    }

    private boolean write(OutputFile.Body toStandardOutput) throws IOException {
        toStandardOutput.writeTo(streams.out());
        return OutputFile.written(streams.out(), streams.err());
    }

    /** Writes one output whole; false after telling why it could not be. */
    private boolean write(Output o, List<Report> reports, RenderContext context) throws IOException {
        OutputFile.Body body = out -> o.format().write(reports, context, out);
        return o.file() == null ? write(body) : OutputFile.write(o.file(), body, streams.err());
    }

    /** One NDJSON line: a compact report, or an error record in its place. */
    private OrderedBatch.Line evaluateLine(SafeGrade safeGrade, String source, byte[] bytes, int line) {
        BatchLine out = BatchLine.evaluate(safeGrade, source, bytes, line, input.membersRoot); // the Spark job writes its lines with it too
        return out.report() == null
                ? new OrderedBatch.Line(out.utf8(), ExitCode.INVALID_INPUT, out.problems().get(0).describe())
                : new OrderedBatch.Line(out.utf8(), exitCodeOf(out.report()));
    }

    /** One whole file: its report added to {@code reports}, or its problems on stderr. */
    private int evaluateFile(SafeGrade safeGrade, String source, byte[] bytes, List<Report> reports, Map<String, FactDocument> inputs) {
        try {
            FactDocument doc = FactDocuments.parse(bytes, source, 1);
            Report report = BatchLine.evaluate(safeGrade, doc, source, input.membersRoot);
            reports.add(report);
            inputs.putIfAbsent(report.input().source(), doc);
            return exitCodeOf(report);
        } catch (InvalidFactsException e) {
            Problems.print(streams.err(), e);
            return ExitCode.INVALID_INPUT;
        }
    }


    private int exitCodeOf(Report report) {
        Severity threshold = failOn.severity();
        boolean failing = threshold != null && report.highestSeverity().filter(s -> s.atLeast(threshold)).isPresent();
        return failing ? ExitCode.FINDINGS_AT_OR_ABOVE_FAIL_ON : ExitCode.OK;
    }
}
