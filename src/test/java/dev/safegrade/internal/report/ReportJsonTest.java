package dev.safegrade.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.FactDocument;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The three ways a report is written (pretty, compact text, compact UTF-8 with cached parts) say the same. */
class ReportJsonTest {
    private static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void compactAndPrettyAgree(Path example) throws IOException {
        FactDocument doc = FactDocument.parse(example);
        Report report = doc.memberFiles().isEmpty() ? SAFE_GRADE.evaluate(doc) : SAFE_GRADE.evaluatePark(doc, doc.members(example.getParent()));
        String compact = report.toCompactJson();
        byte[] utf8 = ReportJson.compactUtf8(report);
        assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(compact);
        assertThat(compact).doesNotContain("\n");
        JsonNode pretty = Json.mapper().readTree(report.toJson());
        assertThat(Json.mapper().readTree(compact)).isEqualTo(pretty);
        assertThat(pretty.get("findings")).isNotEmpty();
        assertThat(Json.mapper().readTree(ReportJson.tree(report).toString())).isEqualTo(pretty); // number node types may differ
    }
}
