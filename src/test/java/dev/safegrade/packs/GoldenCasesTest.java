package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.report.ReportJson;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case of every pack under rules/ (the same cases `safegrade packs test` runs), alone and with
 * all packs together.
 * To write expected files for NEW cases after checking them by hand: -Dsafegrade.bless=true.
 */
class GoldenCasesTest {
    private static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyGoldenCasePasses() {
        boolean bless = Boolean.getBoolean("safegrade.bless");
        List<DynamicTest> tests = new ArrayList<>();
        for (Pack pack : PackLoader.fromDirectory(RULES)) {
            for (Path facts : GoldenCases.caseFiles(pack.dir())) {
                tests.add(DynamicTest.dynamicTest(pack.id() + "/" + facts.getFileName(), () -> {
                    GoldenCases.Result r = GoldenCases.run(pack, facts);
                    if (bless && r.actual() != null && !r.passed()) {
                        Path expected = facts.resolveSibling(r.name() + GoldenCases.EXPECTED_SUFFIX);
                        Files.writeString(expected, ReportJson.pretty(r.actual()));
                        return;
                    }
                    assertThat(r.differences()).as("differences from %s.expected.json", r.name()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    /** The whole engine: each case again with every pack of rules/ together, as users run it (see GoldenCases.differencesTogether). */
    @TestFactory
    Stream<DynamicTest> everyGoldenCaseAgreesWithAllPacksTogether() {
        List<Pack> all = PackLoader.fromDirectory(RULES);
        CompiledPacks together = CompiledPacks.of(all);
        List<DynamicTest> tests = new ArrayList<>();
        for (Pack pack : all) {
            for (Path facts : GoldenCases.caseFiles(pack.dir())) {
                tests.add(DynamicTest.dynamicTest(pack.id() + "/" + facts.getFileName() + " with all packs",
                        () -> assertThat(GoldenCases.differencesTogether(together, pack, facts)).isEmpty()));
            }
        }
        return tests.stream();
    }

    @Test
    void everyPackHasGoldenCases() {
        for (Pack pack : PackLoader.fromDirectory(RULES)) {
            assertThat(GoldenCases.caseFiles(pack.dir())).as("golden cases of %s", pack.id()).isNotEmpty();
        }
    }
}
