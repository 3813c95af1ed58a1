package dev.safegrade.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped packs load from the build's executable model, and give the same outcomes as their DRL. */
class PrecompiledPacksTest {
    @Test
    void shippedPacksArePrecompiled() {
        assertThat(CompiledPacks.of(PackLoader.shipped()).precompiled()).isTrue();
        for (Pack p : PackLoader.shipped()) {
            assertThat(CompiledPacks.of(List.of(p)).precompiled()).as(p.id()).isTrue();
        }
    }

    @Test
    void anEditedPackFallsBackToItsDrl() {
        Pack shipped = PackLoader.shipped().get(0);
        Pack edited = new Pack(shipped.manifest(), shipped.drl(), shipped.tables(), shipped.rules(), "sha256:edited", "test", shipped.dir());
        assertThat(CompiledPacks.of(List.of(edited)).precompiled()).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> executableModelAndDrlGiveIdenticalOutcomes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Pack pack : PackLoader.fromDirectory(Path.of("rules"))) {
            for (Path facts : GoldenCases.caseFiles(pack.dir())) {
                tests.add(DynamicTest.dynamicTest(pack.id() + "/" + facts.getFileName(), () -> {
                    List<Pack> packs = GoldenCases.withPacks(pack, facts);
                    CompiledPacks model = CompiledPacks.of(packs);
                    CompiledPacks drl = CompiledPacks.fromDrl(packs);
                    assertThat(model.precompiled()).isTrue();
                    assertThat(drl.precompiled()).isFalse();
                    assertThat(GoldenCases.outcome(model, facts)).isEqualTo(GoldenCases.outcome(drl, facts));
                }));
            }
        }
        return tests.stream();
    }
}
