package dev.safegrade.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safegrade.PackException;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.model.Facts;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/** drlAppliesTo: the 2018 diagnosis files of four-colour apply to hazardous-chemicals producers and storers only. */
class DrlScopesTest {
    private static final Set<String> DIAGNOSIS = Set.of("four-colour/chem-diagnosis-2018.drl", "four-colour/chem-diagnosis-2018-sheet.drl");

    private final Pack fourColour = PackLoader.shipped().stream().filter(p -> p.id().equals("four-colour")).findFirst().orElseThrow();

    @Test
    void theDiagnosisFilesAreLeftOutForOtherEnterprises() {
        assertThat(DrlScopes.excludedFiles(List.of(fourColour), enterprise("textile", "production"))).isEqualTo(DIAGNOSIS);
        assertThat(DrlScopes.excludedFiles(List.of(fourColour), enterprise("hazardous-chemicals", "trading"))).isEqualTo(DIAGNOSIS);
        assertThat(DrlScopes.excludedFiles(List.of(fourColour), enterprise("hazardous-chemicals", "storage"))).isEmpty();
    }

    @Test
    void theRuleBaseOfAnExcludedScopeHasNoneOfItsRules() {
        CompiledPacks compiled = CompiledPacks.of(List.of(fourColour));
        KieBase all = compiled.kieBaseFor(Set.of("four-colour"), Set.of());
        KieBase scoped = compiled.kieBaseFor(Set.of("four-colour"), DIAGNOSIS);
        assertThat(ruleNames(all)).contains("diagnosis diagnosis applies", "RISK-ROLLUP");
        assertThat(ruleNames(scoped)).contains("RISK-ROLLUP").doesNotContain("diagnosis diagnosis applies");
        assertThat(ruleNames(all).size() - ruleNames(scoped).size()).isEqualTo(62); // 24 + 38 rules in the two files
    }

    @Test
    void anIdReportedOnlyFromExcludedFilesIsExcluded() {
        DrlScopes scopes = CompiledPacks.of(List.of(fourColour)).scopes();
        assertThat(scopes.excludesId("four-colour", "CHEM-DIAG-2018-RED-1", DIAGNOSIS)).isTrue();
        assertThat(scopes.excludesId("four-colour", "CHEM-DIAG-2018-ITEM-2", DIAGNOSIS)).isTrue(); // reported by a helper from the sheet table
        assertThat(scopes.excludesId("four-colour", "RISK-ROLLUP", DIAGNOSIS)).isFalse();
        assertThat(scopes.excludesId("four-colour", "CHEM-DIAG-2018-RED-1", Set.of())).isFalse();
    }

    @Test
    void aScopeMustNameThePacksOwnDrlFiles(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("four-colour");
        copy(Path.of("rules/four-colour"), dir);
        Path manifest = dir.resolve("pack.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"chem-diagnosis-2018-sheet.drl\"\n      ]", "\"no-such.drl\"\n      ]"));
        assertThatThrownBy(() -> PackLoader.load(dir, "test")).isInstanceOf(PackException.class)
                .hasMessageContaining("drlAppliesTo names no-such.drl, which is not one of the pack's drl files");
    }

    private static Facts enterprise(String industry, String activity) {
        String json = "{\"factsVersion\": 1, \"enterprise\": {\"id\": \"91610117MA6U2K8NXE\", \"name\": \"e\", \"industry\": \"" + industry
                + "\", \"activities\": [\"" + activity + "\"]}}";
        return FactReader.read(json.getBytes(StandardCharsets.UTF_8), "test", 1).model();
    }

    private static List<String> ruleNames(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(r -> r.getName()).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
