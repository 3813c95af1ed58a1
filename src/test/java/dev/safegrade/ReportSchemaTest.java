package dev.safegrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.facts.FactsSchema;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every report the shipped packs make of the golden cases' facts and the examples matches the shipped report schema. */
class ReportSchemaTest {
    private static final Schema REPORT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(FactsSchema.text(FactsSchema.REPORT_RESOURCE));
    private static final SafeGrade ALL_PACKS = SafeGrade.builder().build();

    @TestFactory
    Stream<DynamicTest> reportsMatchTheReportSchema() {
        List<Path> files = new ArrayList<>(List.of(Path.of("examples/hazchem-producer.json"), Path.of("examples/industrial-trade.json"),
                Path.of("examples/fireworks-producer.json")));
        for (Pack pack : PackLoader.fromDirectory(Path.of("rules"))) {
            files.addAll(GoldenCases.caseFiles(pack.dir()));
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Report report = ALL_PACKS.evaluate(f);
            assertThat(REPORT.validate(Json.mapper().readTree(report.toJson()))).as("schema errors").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> parkWithMembersMatchesTheReportSchema() {
        return Stream.of(DynamicTest.dynamicTest("examples/chemical-park.json", () -> {
            Report report = ALL_PACKS.evaluatePark(Path.of("examples/chemical-park.json"));
            assertThat(REPORT.validate(Json.mapper().readTree(report.toJson()))).as("schema errors").isEmpty();
        }));
    }
}
