package dev.safegrade.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safegrade.FactDocument;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.NearestId;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.facts.RuleReferences;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule ids named in a fact document (hazards[].item, observations[].item) must be rules of a loaded pack. */
class RuleReferencesTest {
    static final Set<String> SHIPPED = RuleReferences.idsOf(PackLoader.shipped());

    /** The fireworks example with its register entry's item (line 187) and first observation's item (line 163) replaced. */
    static String fireworks(String hazardItem, String observationItem) throws Exception {
        return Files.readString(Path.of("examples/fireworks-producer.json"))
                .replace("\"item\": \"MHC-FW-2017-07\"", "\"item\": \"" + hazardItem + "\"")
                .replace("\"item\": \"MHC-FW-2017-06\"", "\"item\": \"" + observationItem + "\"");
    }

    static ParsedFacts read(String json) {
        return FactReader.read(json.getBytes(StandardCharsets.UTF_8), "fw.json", 1);
    }

    @Test
    void anIdNoPackHasIsInvalidWithItsPlaceAndTheNearestId() throws Exception {
        ParsedFacts facts = read(fireworks("MHC-FW-2017-7", "MHC-FW-2017-6"));
        assertThatThrownBy(() -> RuleReferences.check(facts, SHIPPED)).isInstanceOfSatisfying(InvalidFactsException.class, e -> {
            assertThat(e.problems()).extracting(InputProblem::describe).containsExactly(
                    "fw.json:163:9: /enterprise/observations/0/item: expected a rule id of a loaded pack, found \"MHC-FW-2017-6\"; did you mean MHC-FW-2017-06?",
                    "fw.json:187:9: /enterprise/hazards/0/item: expected a rule id of a loaded pack, found \"MHC-FW-2017-7\"; did you mean MHC-FW-2017-07?");
        });
    }

    @Test
    void anIdFarFromEveryRuleGetsNoGuess() throws Exception {
        ParsedFacts facts = read(fireworks("XYZ-1", "MHC-FW-2017-06"));
        assertThatThrownBy(() -> RuleReferences.check(facts, SHIPPED)).isInstanceOfSatisfying(InvalidFactsException.class,
                e -> assertThat(e.problems()).singleElement().extracting(InputProblem::found).isEqualTo("\"XYZ-1\""));
    }

    @Test
    void anIdOfAPackThatDoesNotApplyToTheSubjectIsAccepted() throws Exception {
        // A fireworks enterprise's register may record a 化工 item: it exists, even if that pack does not apply here.
        RuleReferences.check(read(fireworks("MHC-CHEM-2017-05", "MHC-IT-2023-03-01")), SHIPPED);
        RuleReferences.check(read(fireworks("MHC-FW-2017-07", "MHC-FW-2017-06")), SHIPPED);
    }

    @Test
    void nearestIdIsByEditDistance() {
        List<String> ids = List.of("MHC-FW-2017-07", "MHC-FW-2017-17", "MHC-CHEM-2017-07");
        assertThat(NearestId.of("MHC-FW-2017-7", ids)).contains("MHC-FW-2017-07");
        assertThat(NearestId.of("MHC-CEHM-2017-07", ids)).contains("MHC-CHEM-2017-07");
        assertThat(NearestId.of("ACC-493-LARGE", ids)).isEmpty();
    }

    @Test
    void evaluationChecksAgainstEveryLoadedPackEvenWhenOnlySomeAreChosen() throws Exception {
        FactDocument typo = FactDocument.parse(fireworks("MHC-FW-2017-7", "MHC-FW-2017-06"), "fw.json");
        assertThatThrownBy(() -> SafeGrade.builder().build().evaluate(typo)).isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("/enterprise/hazards/0/item: expected a rule id of a loaded pack, found \"MHC-FW-2017-7\"; did you mean MHC-FW-2017-07?");
        FactDocument fine = FactDocument.parse(fireworks("MHC-FW-2017-07", "MHC-FW-2017-06"), "fw.json");
        assertThat(SafeGrade.builder().packs("accident-grading").build().evaluate(fine).packs()).extracting(p -> p.id())
                .containsExactly("accident-grading");
    }
}
