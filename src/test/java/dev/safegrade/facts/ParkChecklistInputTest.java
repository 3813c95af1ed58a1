package dev.safegrade.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.facts.FactReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 导则 checklist scores the reference does not allow are invalid input (exit 2), found before evaluation by the
 * semantic checks from the same checklist tables the park-risk pack scores with.
 */
class ParkChecklistInputTest {

    private static String park(String edition, String rows) {
        String e = edition == null ? "" : "\"checklistEdition\": \"" + edition + "\",\n";
        return "{\n\"factsVersion\": 1,\n\"asOf\": \"2026-06-30\",\n\"park\": {\n\"id\": \"P1\",\n\"name\": \"示例园区\",\n" + e
                + "\"checklist\": [" + rows + "]\n}\n}\n";
    }

    private static List<InputProblem> problems(String json) {
        try {
            FactReader.read(json.getBytes(StandardCharsets.UTF_8), "park.json", 1);
        } catch (InvalidFactsException e) {
            return e.problems();
        }
        return List.of();
    }

    @Test
    void aScoreOutsideTheRowsAllowedScoresIsRejectedAtTheScore() {
        List<InputProblem> p = problems(park("2023", "{\"row\": 1, \"score\": 5},\n{\"row\": 4, \"score\": 6}"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/park/checklist/1/score");
            assertThat(x.expected()).startsWith("one of 0, 5, 8 (导则 edition 2023, row 4 (选址及规划:");
            assertThat(x.found()).isEqualTo("6");
            assertThat(x.line()).isEqualTo(9);
        });
    }

    @Test
    void aScoreAboveTheRowsKnownMaximumIsRejected() {
        List<InputProblem> p = problems(park("2023", "{\"row\": 1, \"score\": 5.5}"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/park/checklist/0/score");
            assertThat(x.expected()).startsWith("at most 5 (导则 edition 2023, row 1 (设立:");
            assertThat(x.found()).isEqualTo("5.5");
        });
    }

    @Test
    void theSameScoreIsCheckedAgainstTheEditionNamed() {
        String row1Scores1 = "{\"row\": 1, \"score\": 1}";
        assertThat(problems(park("2019-trial", row1Scores1))).isEmpty();
        assertThat(problems(park("2019-trial", "{\"row\": 1, \"score\": 3}"))).singleElement()
                .satisfies(x -> assertThat(x.expected()).startsWith("one of 0, 1, 5 (导则 edition 2019-trial, row 1"));
    }

    @Test
    void rowsOfAnElementTogetherAtMostItsPoints() {
        // 2019 选址及规划 gives 30 points; row 5 has no known maximum of its own, so only the element bounds it.
        List<InputProblem> p = problems(park("2019-trial", "{\"row\": 4, \"score\": 5},\n{\"row\": 5, \"score\": 26}"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/park/checklist");
            assertThat(x.expected()).isEqualTo("rows [4, 5] of the element 选址及规划 to give at most 30 points together (导则 edition 2019-trial)");
            assertThat(x.found()).isEqualTo("31");
        });
        assertThat(problems(park("2019-trial", "{\"row\": 4, \"score\": 5},\n{\"row\": 5, \"score\": 25}"))).isEmpty();
    }

    @Test
    void theTotalAtMostTheChecklistsPoints() {
        assertThat(problems(park("2023", "{\"row\": 5, \"score\": 77},\n{\"row\": 6, \"score\": 0.5},\n{\"row\": 1, \"score\": 5},"
                + "\n{\"row\": 2, \"score\": 5},\n{\"row\": 3, \"score\": 5},\n{\"row\": 4, \"score\": 8}"))).singleElement()
                .satisfies(x -> {
                    assertThat(x.pointer()).isEqualTo("/park/checklist");
                    assertThat(x.expected()).isEqualTo("a total of at most 100 points (导则 edition 2023)");
                    assertThat(x.found()).isEqualTo("100.5");
                });
    }

    @Test
    void rowsTheReferenceDoesNotDescribeAreAccepted() {
        assertThat(problems(park("2023", "{\"row\": 17, \"score\": 12.5}"))).isEmpty();
    }

    @Test
    void withoutAnEditionOnlyRepeatedRowsCanBeChecked() {
        assertThat(problems(park(null, "{\"row\": 4, \"score\": 6}"))).isEmpty();
        assertThatThrownBy(() -> FactReader.read(park(null, "{\"row\": 4, \"score\": 5},\n{\"row\": 4, \"score\": 5}")
                .getBytes(StandardCharsets.UTF_8), "park.json", 1))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessage("park.json:8:2: /park/checklist/1/row: expected each checklist row once, found row 4 again, already at /park/checklist/0");
    }
}
