package dev.safegrade.properties;

import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import dev.safegrade.properties.FactDocuments.Generated;
import dev.safegrade.properties.Grades.Graded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue #11, property 5: recording one more accident never improves a grade. D has an accident register (an
 * empty one when the generated enterprise had none: an absent register is "not known", and turning it into a
 * known register may rightly change grades); D' is D with one more accident, on or before asOf, any measure of
 * which may be unknown. Then D's enterprise colour {@code riskColor} and 2018 diagnosis colour are not lower in
 * D' where D' gives them, the diagnosis score is not higher, and every other accident keeps its grade.
 */
class AddingAnAccidentTest {
    /** The 国务院令第493号 loss bounds and their neighbours, so that every grade is reached. */
    private static final List<Long> LOSSES = List.of(0L, 999_999L, 9_999_999L, 10_000_000L, 49_999_999L, 50_000_000L, 99_999_999L, 100_000_000L);

    /** An accident {@code daysBefore} asOf; null measures are unknown. */
    record Accident(int daysBefore, Integer deaths, Integer seriousInjuries, Long directLossYuan, Boolean concealed) {
        ObjectNode json(LocalDate asOf) {
            ObjectNode a = FactTrees.JSON.createObjectNode().put("id", "A-ADDED").put("date", asOf.minusDays(daysBefore).toString());
            if (deaths != null) {
                a.put("deaths", deaths);
            }
            if (seriousInjuries != null) {
                a.put("seriousInjuries", seriousInjuries);
            }
            if (directLossYuan != null) {
                a.put("directLossYuan", directLossYuan);
            }
            if (concealed != null) {
                a.put("concealed", concealed);
            }
            return a;
        }
    }

    @Test
    void anotherAccidentNeverImprovesAGrade() {
        qt().withFixedSeed(20261202L).withExamples(150).withShrinkCycles(200).withReporter(new MinimiseCounterexample<>(this::minimised))
                .forAll(FactDocuments.enterprises(), accidents())
                .checkAssert((g, accident) -> violation(withRegister(g.doc()), accident).ifPresent(m -> fail(m + "\n" + g + "; added " + accident)));
    }

    static Gen<Accident> accidents() {
        return integers().between(0, 4000).zip(orUnknown(integers().between(0, 40)), orUnknown(integers().between(0, 120)),
                orUnknown(Generate.oneOf(Generate.pick(LOSSES), longs().between(0, 150_000_000L))),
                orUnknown(Generate.pick(List.of(false, true))), Accident::new);
    }

    /** The values of {@code gen}, or null (unknown) in about 15% of the tries. */
    private static <T> Gen<T> orUnknown(Gen<T> gen) {
        return gen.toOptionals(15).map(o -> o.orElse(null));
    }

    /** The enterprise and the accident added. */
    String minimised(Pair<Generated, Accident> parameters) {
        Generated g = parameters._1;
        Accident accident = parameters._2;
        return Minimiser.report("generated as " + g + "; added " + accident,
                Minimiser.minimise(withRegister(g.doc()), List.of("/enterprise/accidents"), (d, k) -> violation(d, accident)));
    }

    static ObjectNode withRegister(ObjectNode doc) {
        ObjectNode copy = doc.deepCopy();
        if (!FactTrees.subject(copy).has("accidents")) {
            FactTrees.subject(copy).putArray("accidents");
        }
        return copy;
    }

    static Optional<String> violation(ObjectNode doc, Accident accident) {
        if (!(FactTrees.at(doc, "/enterprise/accidents") instanceof ArrayNode) || !doc.has("asOf")) {
            return Optional.empty();
        }
        ObjectNode more = doc.deepCopy();
        ((ArrayNode) FactTrees.at(more, "/enterprise/accidents")).add(accident.json(LocalDate.parse(doc.get("asOf").asText())));
        Optional<Report> evaluatedBefore = FactTrees.evaluateIfValid(doc);
        Optional<Report> evaluatedAfter = FactTrees.evaluateIfValid(more);
        if (evaluatedBefore.isEmpty() || evaluatedAfter.isEmpty()) {
            return Optional.empty();
        }
        Report before = evaluatedBefore.get();
        Report after = evaluatedAfter.get();
        List<String> problems = new ArrayList<>();
        colour("riskColor", Grades.riskColor(before), Grades.riskColor(after), problems);
        colour("chemEnterpriseRisk", Grades.diagnosis(before), Grades.diagnosis(after), problems);
        Optional<Double> scoreBefore = Grades.diagnosisScore(before);
        Optional<Double> scoreAfter = Grades.diagnosisScore(after);
        if (scoreBefore.isPresent() && scoreAfter.isPresent() && scoreAfter.get() > scoreBefore.get()) {
            problems.add("chemEnterpriseRisk score " + scoreBefore.get() + " rises to " + scoreAfter.get());
        }
        Map<String, Object> gradesAfter = Grades.accidents(after);
        Grades.accidents(before).forEach((id, grade) -> {
            if (!Objects.equals(grade, gradesAfter.get(id))) {
                problems.add("accident " + id + " was graded " + grade + ", now " + gradesAfter.get(id));
            }
        });
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
    }

    private static void colour(String grade, Optional<Graded<RiskColor>> before, Optional<Graded<RiskColor>> after, List<String> problems) {
        // A grade that goes undecided (an accident with unknown measures) claims nothing better: not compared.
        if (before.isPresent() && after.isPresent() && Grades.better(after.get().value(), before.get().value())) {
            problems.add(grade + " " + before.get().value() + " becomes " + after.get().value());
        }
    }
}
