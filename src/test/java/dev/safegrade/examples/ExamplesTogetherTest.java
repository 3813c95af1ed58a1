package dev.safegrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.FactDocument;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example, evaluated as users evaluate it (all shipped packs, parks with their members, each line of the
 * batch example), reports each finding once: never two with the same rule, path and evidence.
 */
class ExamplesTogetherTest {
    private static final SafeGrade ALL_PACKS = SafeGrade.builder().build();

    @TestFactory
    Stream<DynamicTest> noExampleReportsAFindingTwice() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : examples()) {
            tests.add(DynamicTest.dynamicTest(file.toString(), () -> assertThat(repeats(evaluate(file))).isEmpty()));
        }
        Path batch = Path.of("examples/batch-small.ndjson");
        List<String> lines = Files.readAllLines(batch);
        for (int i = 0; i < lines.size(); i++) {
            String source = batch + ":" + (i + 1);
            String line = lines.get(i);
            tests.add(DynamicTest.dynamicTest(source, () -> assertThat(repeats(ALL_PACKS.evaluate(FactDocument.parse(line, source)))).isEmpty()));
        }
        return tests.stream();
    }

    private static List<Path> examples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("examples/park-members"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Report evaluate(Path file) {
        Report r = ALL_PACKS.evaluate(file);
        return r.subject().kind().equals("park") ? ALL_PACKS.evaluatePark(file) : r;
    }

    /** "RULE @ path ×n" for each finding reported n > 1 times. */
    static List<String> repeats(Report report) {
        return GoldenCases.repeatedFindings(ReportJson.outcome(report));
    }
}
