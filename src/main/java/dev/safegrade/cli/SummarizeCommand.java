package dev.safegrade.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safegrade.Language;
import dev.safegrade.internal.summary.Regions;
import dev.safegrade.internal.summary.ReportLine;
import dev.safegrade.internal.summary.Summarizer;
import dev.safegrade.internal.summary.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safegrade summarize}: a batch of reports in, the regulator's province summary out. */
@Command(name = "summarize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarise the reports of 'evaluate --batch' (NDJSON; single report files too): counts by enterprise colour, "
                + "severity, pack and rule, industry and region (GB/T 2260, every level), the province's 重大风险清单 and open 重大事故隐患, "
                + "coverage rates (安责险, 承诺制, 标准化) with the enterprises they miss, 双上升 regions, and the invalid input lines.",
                "Memory stays flat however many reports: the lists are kept on disk (in java.io.tmpdir) until written."})
final class SummarizeCommand extends StreamCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "REPORTS", arity = "0..*", description = "Report files (evaluate --batch output), or - for standard input (the default).")
    List<String> files = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json (summary-v1), csv (one file per table into the folder -o names) or xlsx (one sheet per table).")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write to PATH (for csv: a folder) instead of standard output.")
    Path output;

    @Option(names = "--lang", description = "Language of the text format and of the CSV and xlsx headings: zh (default) or en.")
    Language language = Language.ZH;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "双上升: compare the periods up to this day (default: the latest asOf among the reports).")
    LocalDate asOf;

    @Option(names = "--period", paramLabel = "year|month", description = "双上升: the period, year to date (default) or month to date.")
    Summarizer.Period period = Summarizer.Period.YEAR;

    @Option(names = "--compare", paramLabel = "yoy|mom", description = "双上升: against the same period a year before (yoy, 同比, default) or the period just before (mom, 环比; with --period month).")
    Summarizer.Compare compare = Summarizer.Compare.YOY;

    @Option(names = "--accidents", paramLabel = "FILE", description = "Also count the accidents in FILE for 双上升: NDJSON, one {\"region\", \"date\", \"deaths\"} per line (deaths may be null).")
    Path accidents;

    @Option(names = "--progress", description = "Print a status line every 10 s on stderr when it is not a terminal (on a terminal a progress bar is shown anyway).")
    boolean progress;

    @Override
    public Integer call() throws IOException {
        if (!SummaryOptions.checkFormat(format, output, streams.err())) {
            return ExitCode.INVALID_INPUT;
        }
        if (output != null && !format.equals("csv") && !(OutputFile.check(output, streams.err()) && OutputFile.notAnInput(output, files, streams.err()))) {
            return ExitCode.INVALID_INPUT;
        }
        int code = ExitCode.OK;
        try (Summarizer summarizer = new Summarizer(Regions.shipped(), Path.of(System.getProperty("java.io.tmpdir")));
             Progress bar = Progress.start("summarize", files, progress, streams, () -> 0)) {
            for (String file : files.isEmpty() ? List.of("-") : files) {
                try (InputStream in = file.equals("-") ? streams.in() : Files.newInputStream(Path.of(file))) {
                    code = ExitCode.worst(code, read(file, in, summarizer, bar));
                } catch (IOException e) {
                    streams.err().println("error: " + file + ": cannot be read (" + e.getMessage() + ")");
                    code = ExitCode.INVALID_INPUT;
                }
            }
            if (accidents != null && !readAccidents(summarizer)) {
                return ExitCode.INVALID_INPUT;
            }
            Summary summary = summarizer.finish(asOf, period, compare);
            if (!SummaryOptions.write(summary, format, language, output, streams)) {
                return ExitCode.INVALID_INPUT;
            }
            return summary.invalid() > 0 ? ExitCode.worst(code, ExitCode.INVALID_INPUT) : code;
        }
    }

    /** Reads one file's reports; a value that is not JSON ends the file (told with its place), one that is not a report is skipped and told. */
    private int read(String file, InputStream in, Summarizer summarizer, Progress bar) throws IOException {
        int code = ExitCode.OK;
        try (JsonParser p = JSON.getFactory().createParser(in); MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(p)) {
            long offset = 0;
            while (values.hasNextValue()) {
                JsonLocation at = p.currentTokenLocation();
                JsonNode n = values.nextValue();
                try {
                    summarizer.add(ReportLine.of(n));
                } catch (IllegalArgumentException e) {
                    streams.err().println("error: " + file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + e.getMessage());
                    code = ExitCode.INVALID_INPUT;
                }
                long now = p.currentLocation().getByteOffset();
                bar.step(Math.max(0, now - offset));
                offset = now;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            streams.err().println("error: " + file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": expected report JSON (evaluate --batch output), found invalid JSON: " + e.getOriginalMessage()
                    + "; the rest of this file is not read");
            return ExitCode.INVALID_INPUT;
        }
        return code;
    }

    private boolean readAccidents(Summarizer summarizer) throws IOException {
        int number = 0;
        for (String line : Files.readAllLines(accidents)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode a = JSON.readTree(line);
                JsonNode deaths = a.path("deaths");
                if (!a.path("date").isTextual() || !(deaths.isMissingNode() || deaths.isNull() || deaths.canConvertToInt() && deaths.asInt() >= 0)) {
                    throw new IllegalArgumentException("expected {\"region\": \"610113\", \"date\": \"YYYY-MM-DD\", \"deaths\": n ≥ 0 or null}");
                }
                summarizer.addAccident(a.path("region").isTextual() ? a.path("region").asText() : null, LocalDate.parse(a.path("date").asText()),
                        deaths.isNumber() ? deaths.asInt() : null);
            } catch (IOException | RuntimeException e) {
                streams.err().println("error: " + accidents + ":" + number + ": " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
                return false;
            }
        }
        return true;
    }

}
