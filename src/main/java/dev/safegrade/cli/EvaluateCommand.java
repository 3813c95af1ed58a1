package dev.safegrade.cli;

import dev.safegrade.FactDocument;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.Language;
import dev.safegrade.PackException;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.Severity;
import java.io.FileOutputStream;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write reports to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Language language;
        try {
            language = Language.valueOf(lang.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            streams.err().println("error: --lang: expected zh or en, found \"" + lang + "\"");
            return ExitCode.INVALID_INPUT;
        }
        if (input.batch && format == Format.text) {
            streams.err().println("error: --batch writes NDJSON; use --format json (the default) with it");
            return ExitCode.INVALID_INPUT;
        }
        SafeGrade safeGrade;
        try {
            SafeGrade.Builder b = packs.builder().language(language).strict(strict);
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
        try (OutputStream file = output == null ? null : new FileOutputStream(output.toFile())) {
            PrintStream out = file == null ? streams.out() : new PrintStream(file, false, StandardCharsets.UTF_8);
            int[] code = {ExitCode.OK};
            boolean[] first = {true};
            input.forEach(streams.in(), new InputOptions.Sink() {
                @Override
                public void document(String source, byte[] bytes, int firstLine) {
                    String name = input.batch ? source + ":" + firstLine : source;
                    try {
                        Report report = safeGrade.evaluate(FactDocument.parse(bytes, name, firstLine));
                        write(out, report, language, first[0]);
                        first[0] = false;
                        Severity threshold = failOn.severity();
                        if (threshold != null && report.highestSeverity().filter(s -> s.atLeast(threshold)).isPresent()) {
                            code[0] = ExitCode.worst(code[0], ExitCode.FINDINGS_AT_OR_ABOVE_FAIL_ON);
                        }
                    } catch (InvalidFactsException e) {
                        code[0] = ExitCode.worst(code[0], ExitCode.INVALID_INPUT);
                        if (input.batch) {
                            out.println(ErrorRecord.of(source, firstLine, e.problems()));
                        } else {
                            Problems.print(streams.err(), e);
                        }
                    }
                }

                @Override
                public void unreadable(String source, String why) {
                    code[0] = ExitCode.worst(code[0], ExitCode.INVALID_INPUT);
                    streams.err().println("error: " + new InputProblem(source, 0, 0, null, "a readable fact file", why).describe());
                }
            });
            out.flush();
            return code[0];
        }
    }

    private void write(PrintStream out, Report report, Language language, boolean first) {
        if (input.batch) {
            out.println(report.toCompactJson());
        } else if (format == Format.json) {
            out.print(report.toJson());
        } else {
            if (!first) {
                out.println();
            }
            out.print(report.toText(language));
        }
    }
}
