package dev.safegrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.internal.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A park evaluated with its member enterprises gets grades.parkMembers. */
class ParkMembersTest {
    static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();

    static Path parkWithMembers(Path dir, List<String> members) throws Exception {
        ObjectNode park = (ObjectNode) Json.mapper().readTree(Path.of("examples/chemical-park.json").toFile());
        var list = ((ObjectNode) park.get("park")).putArray("members");
        // Member files lie in the park file's folder (a park may name no file outside it): each is copied there.
        for (String m : members) {
            Path member = Path.of(m);
            if (Files.exists(member) && !Files.exists(dir.resolve(member.getFileName()))) {
                Files.copy(member, dir.resolve(member.getFileName()));
            }
            list.addObject().put("facts", member.getFileName().toString());
        }
        Path file = dir.resolve("park.json");
        Files.writeString(file, park.toPrettyString());
        return file;
    }

    @Test
    void summarisesColoursOpenMajorHazardsAndMissingInsurance(@TempDir Path tmp) throws Exception {
        Path park = parkWithMembers(tmp, List.of("examples/hazchem-producer.json", "examples/park-members/hengtai-storage.json",
                "examples/park-members/qinchuan-fine-chemicals.json"));
        Report r = SAFE_GRADE.evaluatePark(park);
        assertThat(r.subject().kind()).isEqualTo("park");
        JsonNode g = Json.mapper().readTree(r.toJson()).path("grades").path("parkMembers");
        assertThat(g.path("count").asInt()).isEqualTo(3);
        int counted = 0;
        for (JsonNode n : g.path("byColor")) {
            counted += n.asInt();
        }
        assertThat(counted).isEqualTo(3);
        assertThat(g.path("openMajorHazards").findValuesAsText("name"))
                .contains("蒲城县恒泰危化品储运有限公司").doesNotContain("蒲城县秦川精细化工有限公司");
        JsonNode uninsured = g.path("withoutSafetyLiabilityInsurance");
        assertThat(uninsured).hasSize(2);
        assertThat(uninsured.get(0).path("name").asText()).isEqualTo("蒲城县恒泰危化品储运有限公司");
        assertThat(uninsured.get(0).path("status").asText()).isEqualTo("not-insured");
        assertThat(uninsured.get(0).path("required").asBoolean()).isTrue();
        assertThat(uninsured.get(1).path("status").asText()).isEqualTo("lapsed");
        assertThat(uninsured.get(1).path("required").asBoolean()).isFalse();
        assertThat(r.toText(Language.EN)).contains("3 member enterprises", "without 安责险");
    }

    @Test
    void whatTheRollUpKnowsOfRegulationsComesFromThePacks(@TempDir Path tmp) throws Exception {
        Path park = parkWithMembers(tmp, List.of("examples/hazchem-producer.json", "examples/park-members/hengtai-storage.json"));
        JsonNode all = Json.mapper().readTree(SAFE_GRADE.evaluatePark(park).toJson()).path("grades").path("parkMembers");
        assertThat(all.path("withoutSafetyLiabilityInsurance").get(0).path("name").asText()).isEqualTo("蒲城县恒泰危化品储运有限公司");
        assertThat(all.path("withoutSafetyLiabilityInsurance").get(0).path("required").asBoolean()).isTrue();
        JsonNode items = all.path("openMajorHazards").get(0).path("criteriaItems");
        assertThat(items).hasSize(5);
        items.forEach(i -> assertThat(i.asText()).startsWith("MHC-")); // the kind major-accident-hazard, as the packs declare it

        // the list of industries that must buy 安责险 is park-ten-haves' table: without that pack, whether it is required is unknown
        Report withoutTable = SafeGrade.builder().packs("park-risk", "major-hazard-chem", "four-colour").build().evaluatePark(park);
        JsonNode g = Json.mapper().readTree(withoutTable.toJson()).path("grades").path("parkMembers");
        assertThat(g.path("withoutSafetyLiabilityInsurance").get(0).path("required").isNull()).isTrue();
        assertThat(g.path("openMajorHazards").get(0).path("criteriaItems")).isEqualTo(items);
        assertThat(withoutTable.toText(Language.EN)).as("no pack declares parkMembers: a generic outline").contains("  parkMembers:\n");
    }

    @Test
    void membersAreEvaluatedForTheParksAsOf(@TempDir Path tmp) throws Exception {
        Path park = parkWithMembers(tmp, List.of("examples/park-members/qinchuan-fine-chemicals.json"));
        Report r = SafeGrade.builder().asOf(java.time.LocalDate.of(2026, 1, 1)).build().evaluatePark(park);
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) r.grades().get("parkMembers");
        assertThat((List<?>) g.get("withoutSafetyLiabilityInsurance")).isEmpty(); // insured until 2026-03-31
    }

    @Test
    void aBadMemberFileIsAnInputErrorAtTheParksEntryNamingThatFile(@TempDir Path tmp) throws Exception {
        Path park = parkWithMembers(tmp, List.of("examples/invalid/bad-uscc.json"));
        assertThatThrownBy(() -> SAFE_GRADE.evaluatePark(park)).isInstanceOfSatisfying(InvalidFactsException.class, e -> {
            assertThat(e.kind()).isEqualTo(InvalidFactsException.Kind.INVALID_MEMBER);
            InputProblem p = e.problems().get(0);
            assertThat(p.source()).isEqualTo(park.toString());
            assertThat(p.pointer()).isEqualTo("/park/members/0/facts");
            assertThat(p.line()).isPositive();
            assertThat(p.found()).endsWith("bad-uscc.json:6:5: /enterprise/id: expected a 统一社会信用代码 whose check character (GB 32100-2015) is '2', "
                    + "found \"91610131MA6TG1C439\" ending in '9'");
        });
        Path missing = parkWithMembers(tmp, List.of("examples/no-such-member.json"));
        assertThatThrownBy(() -> SAFE_GRADE.evaluatePark(missing)).isInstanceOf(InvalidFactsException.class).hasMessageContaining("no such file");
    }
}
