package dev.safegrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.lint.TestPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a report knows of a grade (its place among the grades, its name, its text) comes from the pack that declares
 * it: changing the declaration in pack.json changes the report, no Java involved.
 */
class PackDeclaredGradesTest {
    private static final Path EXAMPLE = Path.of("examples/hazchem-producer.json");

    private static Path copyOfAccidentGrading(Path tmp) {
        return TestPack.copyOf(Path.of("rules/accident-grading"), tmp.resolve("accident-grading"));
    }

    @Test
    void aGradesOrderNameAndTextAreThePacks(@TempDir Path tmp) throws IOException {
        Report shipped = SafeGrade.builder().build().evaluate(EXAMPLE);
        assertThat(shipped.grades().keySet()).containsExactly("riskColor", "riskPoints", "majorHazardSources", "chemEnterpriseRisk",
                "accidents", "majorRiskList", "openMajorHazards", "standardization", "insurance", "commitment");
        assertThat(shipped.toText(Language.EN)).contains("\n  accidents: A2019-01 large; A2023-01 large; A2025-01 general\n");

        Path pack = copyOfAccidentGrading(tmp);
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(pack.resolve("pack.json").toFile());
        ObjectNode grade = (ObjectNode) manifest.get("grades").get(0);
        grade.put("order", 1);
        grade.putObject("name").put("zh", "事故").put("en", "accident grades");
        grade.putObject("text").put("zh", "{*.}{id}：{grade|label}{,}，{/}").put("en", "{.|size} accident(s){*.}\n{id} is {grade|label}{/}");
        Files.writeString(pack.resolve("pack.json"), manifest.toPrettyString());

        Report r = SafeGrade.builder().packDirectory(tmp).trustPacks().build().evaluate(EXAMPLE);
        assertThat(r.grades().keySet()).containsExactly("accidents", "riskColor", "riskPoints", "majorHazardSources", "chemEnterpriseRisk",
                "majorRiskList", "openMajorHazards", "standardization", "insurance", "commitment");
        assertThat(r.grades()).as("the same grades, in another order").isEqualTo(shipped.grades());
        assertThat(r.findings()).isEqualTo(shipped.findings());
        assertThat(r.toText(Language.EN)).contains("\n  accident grades: 3 accident(s)\n    A2019-01 is large\n    A2023-01 is large\n    A2025-01 is general\n");
        assertThat(r.toText(Language.ZH)).contains("\n  事故：A2019-01：较大事故，A2023-01：较大事故，A2025-01：一般事故\n");

        // without a template the grade is shown as a generic outline, under its key when no pack names it
        grade.remove("text");
        Files.writeString(pack.resolve("pack.json"), manifest.toPrettyString());
        assertThat(SafeGrade.builder().packDirectory(tmp).trustPacks().build().evaluate(EXAMPLE).toText(Language.EN))
                .contains("\n  accident grades:\n    - id: A2019-01\n      grade: large\n      date: 2019-08-14\n      deaths: 3\n");
        ((ArrayNode) manifest.get("grades")).removeAll();
        Files.writeString(pack.resolve("pack.json"), manifest.toPrettyString());
        Report undeclared = SafeGrade.builder().packDirectory(tmp).trustPacks().build().evaluate(EXAMPLE);
        assertThat(undeclared.grades().keySet()).as("undeclared keys follow, alphabetically").containsExactly("riskColor", "riskPoints",
                "majorHazardSources", "chemEnterpriseRisk", "majorRiskList", "openMajorHazards", "standardization", "insurance", "commitment",
                "accidents");
        assertThat(undeclared.toText(Language.EN)).contains("\n  accidents:\n    - id: A2019-01\n");
    }

    @Test
    void aMalformedTemplateOrDeclarationIsAPackError(@TempDir Path tmp) throws IOException {
        Path pack = copyOfAccidentGrading(tmp);
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(pack.resolve("pack.json").toFile());
        ObjectNode grade = (ObjectNode) manifest.get("grades").get(0);
        grade.putObject("text").put("zh", "{?grade}open").put("en", "x");
        Files.writeString(pack.resolve("pack.json"), manifest.toPrettyString());
        assertThatThrownBy(() -> SafeGrade.builder().packDirectory(tmp).trustPacks().build()).isInstanceOf(PackException.class)
                .hasMessageContaining("grade accidents").hasMessageContaining("not closed");
        grade.remove("text");
        grade.remove("order");
        Files.writeString(pack.resolve("pack.json"), manifest.toPrettyString());
        assertThatThrownBy(() -> SafeGrade.builder().packDirectory(tmp).trustPacks().build()).isInstanceOf(PackException.class)
                .hasMessageContaining("/grades/0/order: expected the required key \"order\", found no such key");
    }

    @Test
    void thePublicPackInfoCarriesTheDeclarations() {
        List<GradeInfo> grades = SafeGrade.builder().packs("four-colour").build().packs().get(0).grades();
        assertThat(grades).extracting(GradeInfo::key).containsExactly("riskColor", "riskPoints", "majorHazardSources", "chemEnterpriseRisk",
                "majorRiskList");
        assertThat(new PackInfo("p", "1.0.0", new Text("p", "p"), "sha256:0").grades()).isEmpty();
    }
}
