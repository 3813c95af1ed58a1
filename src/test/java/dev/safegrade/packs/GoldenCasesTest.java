package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.cases.Blessing;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.report.ReportJson;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case of every pack under rules/ (the same cases `safegrade packs test` runs), alone and with
 * all packs together.
 * To write the expected files of NEW cases (after working their outcome by hand in the notes): -Dsafegrade.bless=true;
 * to rewrite the expected file of a failing case whose new outcome is right: -Dsafegrade.rebless=PACK/CASE[,…]
 * (see {@link Blessing}).
 */
class GoldenCasesTest {
    private static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyGoldenCasePasses() {
        Blessing blessing = Blessing.fromSystemProperties();
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Pack pack : PackLoader.fromDirectory(RULES)) {
            for (Path facts : GoldenCases.caseFiles(pack.dir())) {
                String name = pack.id() + "/" + facts.getFileName().toString().replace(GoldenCases.FACTS_SUFFIX, "");
                names.add(name);
                tests.add(DynamicTest.dynamicTest(pack.id() + "/" + facts.getFileName(), () -> {
                    GoldenCases.Result r = GoldenCases.run(pack, facts);
                    Path expected = facts.resolveSibling(r.name() + GoldenCases.EXPECTED_SUFFIX);
                    if (blessing.act(name, Files.exists(expected)) != Blessing.Act.CHECK && r.actual() != null && !r.passed()) {
                        Files.writeString(expected, ReportJson.pretty(r.actual()));
                        return;
                    }
                    assertThat(r.differences()).as("differences from %s.expected.json (%s)", r.name(),
                            Files.exists(expected) ? Blessing.howToRewrite("GoldenCasesTest", name)
                                    : "a new case: write its expected file with -D" + Blessing.BLESS + "=true").isEmpty();
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("-D" + Blessing.REBLESS + " names golden cases",
                () -> assertThat(blessing.unknown(names, false)).as("names in -D%s that are no golden case (PACK/CASE)", Blessing.REBLESS).isEmpty()));
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
