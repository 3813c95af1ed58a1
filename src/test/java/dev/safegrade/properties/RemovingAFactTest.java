package dev.safegrade.properties;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.Finding;
import dev.safegrade.NotEvaluated;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import dev.safegrade.properties.FactDocuments.Generated;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Issue #11, property 2: forgetting one fact never turns a finding into a pass. D' is D without one object
 * member that facts-v1 reads as "not known" when absent (a leaf, or an optional key of a list element; never a
 * list element, and never a key whose absence is itself a fact — see {@link FactTrees#forgettablePointers}),
 * and D' is valid.
 *
 * <p>Matching: a finding (rule R, path P) of D is kept when D' has a finding (R, P) or a {@code notEvaluated}
 * entry of R at P. Both paths are report-v1's "element the rule looked at" (a finding's path is the element it
 * is about), so the same rule undecided at the same element is exactly "no longer decided", and anything else —
 * the finding gone with R silent at P — is a pass. The missing pointers are not used to match: a rule may
 * name the forgotten fact while still passing some other element silently.
 *
 * <p>And the enterprise colour: when D' decides {@code riskColor} ({@code complete: true}), it is not lower
 * than D's. D is one completion of D', so a decided colour of D' is D's true colour, which D's reported colour
 * (decided, or a lower bound when D is incomplete) never exceeds.
 */
@AddLifecycleHook(MinimiseCounterexample.class)
class RemovingAFactTest implements MinimiseCounterexample.Minimisable {

    @Property(tries = 150, seed = "20261202")
    void forgettingAFactNeverPassesAFinding(@ForAll("documents") Generated g, @ForAll("choices") int choice) {
        forgettable(g.doc(), choice).flatMap(p -> violation(g.doc(), p)).ifPresent(m -> fail(m + "\n" + g));
    }

    @Provide
    Arbitrary<Generated> documents() {
        return FactDocuments.any();
    }

    @Provide
    Arbitrary<Integer> choices() {
        return Arbitraries.integers().between(0, 9999);
    }

    @Override
    public String minimised(List<Object> parameters) {
        Generated g = (Generated) parameters.get(0);
        String p = forgettable(g.doc(), (Integer) parameters.get(1)).orElseThrow();
        return Minimiser.report("generated as " + g + "; forgotten: " + p,
                Minimiser.minimise(g.doc(), List.of(p), d -> violation(d, p)));
    }

    /** The {@code choice}-th forgettable fact, or the next one whose removal leaves the document valid. */
    static Optional<String> forgettable(ObjectNode doc, int choice) {
        List<String> pointers = FactTrees.forgettablePointers(doc);
        for (int k = 0; k < Math.min(pointers.size(), 6); k++) {
            String p = pointers.get((choice + k) % pointers.size());
            if (FactTrees.valid(FactTrees.without(doc, p))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Optional<String> violation(ObjectNode doc, String forgotten) {
        if (FactTrees.at(doc, forgotten).isMissingNode()) {
            return Optional.empty();
        }
        ObjectNode less = FactTrees.without(doc, forgotten);
        if (!FactTrees.valid(less)) {
            return Optional.empty();
        }
        Report before = FactTrees.evaluate(doc);
        Report after = FactTrees.evaluate(less);
        List<String> problems = new ArrayList<>();
        for (Finding f : before.findings()) {
            boolean kept = after.findings().stream().anyMatch(a -> a.ruleId().equals(f.ruleId()) && a.path().equals(f.path()))
                    || after.notEvaluated().stream().anyMatch(n -> sameElement(n, f));
            if (!kept) {
                problems.add("finding " + f.ruleId() + " @ " + f.path() + " passes once " + forgotten + " is forgotten");
            }
        }
        Optional<Grades.Graded<RiskColor>> was = Grades.riskColor(before);
        Optional<Grades.Graded<RiskColor>> now = Grades.riskColor(after);
        if (was.isPresent() && now.isPresent() && now.get().decided() && Grades.better(now.get().value(), was.get().value())) {
            problems.add("riskColor " + was.get().value() + " becomes a decided " + now.get().value() + " once " + forgotten + " is forgotten");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
    }

    private static boolean sameElement(NotEvaluated n, Finding f) {
        return n.ruleId().equals(f.ruleId()) && n.path().equals(f.path());
    }
}
