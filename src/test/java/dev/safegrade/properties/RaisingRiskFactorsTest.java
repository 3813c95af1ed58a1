package dev.safegrade.properties;

import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.FactDocument;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import dev.safegrade.SafeGrade;
import dev.safegrade.properties.FactDocuments.Generated;
import dev.safegrade.properties.Grades.Graded;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Tuple4;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue #11, property 4: raising one of L, E, C of an LEC assessment (within its value table), or L or S of an
 * LS assessment, never lowers that risk point's colour — under every profile. The assessment is put on the
 * chosen risk point of a generated enterprise (or on a new point when it has none), so direct determination and
 * unknowns around the point vary too.
 */
class RaisingRiskFactorsTest {
    /** The LEC value tables (facts-v1 schema), highest first. */
    private static final double[][] LEC = {{10, 6, 3, 1, 0.5, 0.2, 0.1}, {10, 6, 3, 2, 1, 0.5}, {100, 40, 15, 7, 3, 1}};
    private static final String[] LEC_NAMES = {"L", "E", "C"};
    private static final Map<String, SafeGrade> BY_PROFILE = new ConcurrentHashMap<>();

    /** An assessment and the same one with one factor raised (LEC indexes count down the tables: a lower index is a higher value). */
    record Raise(ObjectNode before, ObjectNode after) {
        @Override
        public String toString() {
            return before + " -> " + after;
        }
    }

    @Test
    void raisingAFactorNeverLowersThePointsColour() {
        qt().withFixedSeed(20261202L).withExamples(150).withShrinkCycles(200).withReporter(new MinimiseCounterexample<>(this::minimised))
                .forAll(FactDocuments.enterprises(), integers().between(0, 9999), raises(), profiles())
                .checkAssert((g, point, raise, profile) -> {
                    ObjectNode doc = withPoint(g.doc(), point);
                    violation(doc, pointer(doc, point), raise, profile).ifPresent(m -> fail(m + "\n" + g));
                });
    }

    static Gen<String> profiles() {
        return Generate.pick(FactTrees.ALL_PACKS.profiles().stream().sorted().toList());
    }

    static Gen<Raise> raises() {
        Gen<Raise> lec = integers().between(0, 6).zip(integers().between(0, 5), integers().between(0, 5), integers().between(0, 2),
                integers().between(1, 6), (l, e, c, f, up) -> {
            int[] idx = {l, e, c};
            int from = Math.max(idx[f], 1);
            int to = Math.max(0, from - up);
            ObjectNode before = FactTrees.JSON.createObjectNode().put("method", "LEC");
            ObjectNode after = FactTrees.JSON.createObjectNode().put("method", "LEC");
            for (int k = 0; k < 3; k++) {
                number(before, LEC_NAMES[k], LEC[k][k == f ? from : idx[k]]);
                number(after, LEC_NAMES[k], LEC[k][k == f ? to : idx[k]]);
            }
            return new Raise(before, after);
        });
        Gen<Raise> ls = integers().between(1, 4).zip(integers().between(1, 5), Generate.pick(List.of("L", "S")), integers().between(1, 4),
                (low, other, f, up) -> {
            ObjectNode before = FactTrees.JSON.createObjectNode().put("method", "LS");
            ObjectNode after = FactTrees.JSON.createObjectNode().put("method", "LS");
            String o = f.equals("L") ? "S" : "L";
            before.put(f, low).put(o, other);
            after.put(f, Math.min(5, low + up)).put(o, other);
            return new Raise(before, after);
        });
        return Generate.oneOf(lec, ls);
    }

    /** The enterprise, the choice of risk point, the raise and the profile. */
    String minimised(Tuple4<Generated, Integer, Raise, String> parameters) {
        Generated g = parameters._1;
        int point = parameters._2;
        Raise raise = parameters._3;
        String profile = parameters._4;
        ObjectNode doc = withPoint(g.doc(), point);
        String at = pointer(doc, point);
        return Minimiser.report("generated as " + g + "; at " + at + "/assessment: " + raise + "; profile " + profile,
                Minimiser.minimise(doc, List.of(at), (d, k) -> violation(d, k.get(0), raise, profile)));
    }

    /** The document with at least one risk point. */
    static ObjectNode withPoint(ObjectNode doc, int point) {
        ObjectNode e = FactTrees.subject(doc);
        if (e.path("riskPoints").isEmpty()) {
            ObjectNode copy = doc.deepCopy();
            ArrayNode points = FactTrees.subject(copy).putArray("riskPoints");
            points.addObject().put("id", "RP-GEN").put("name", "generated point");
            return copy;
        }
        return doc;
    }

    static String pointer(ObjectNode doc, int point) {
        return "/enterprise/riskPoints/" + point % FactTrees.subject(doc).path("riskPoints").size();
    }

    static Optional<String> violation(ObjectNode doc, String at, Raise raise, String profile) {
        JsonNode point = FactTrees.at(doc, at);
        if (!(point instanceof ObjectNode)) {
            return Optional.empty();
        }
        ObjectNode low = doc.deepCopy();
        ((ObjectNode) FactTrees.at(low, at)).set("assessment", raise.before());
        ObjectNode high = doc.deepCopy();
        ((ObjectNode) FactTrees.at(high, at)).set("assessment", raise.after());
        Optional<FactDocument> a = FactTrees.parse(low);
        Optional<FactDocument> b = FactTrees.parse(high);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        SafeGrade safeGrade = BY_PROFILE.computeIfAbsent(profile, p -> SafeGrade.builder().profile(p).build());
        String id = point.path("id").asText();
        Optional<Graded<RiskColor>> before = colour(safeGrade.evaluate(a.get()), id);
        Optional<Graded<RiskColor>> after = colour(safeGrade.evaluate(b.get()), id);
        if (before.isPresent() && after.isPresent() && Grades.better(after.get().value(), before.get().value())) {
            return Optional.of("risk point " + id + " (" + at + ") under profile " + profile + ": " + before.get().value() + " with "
                    + raise.before() + ", " + after.get().value() + " with " + raise.after());
        }
        if (before.isPresent() && after.isEmpty()) {
            return Optional.of("risk point " + id + " (" + at + ") under profile " + profile + ": " + before.get().value() + " with "
                    + raise.before() + ", no colour with " + raise.after());
        }
        return Optional.empty();
    }

    private static Optional<Graded<RiskColor>> colour(Report r, String id) {
        return Optional.ofNullable(Grades.riskPoints(r).get(id));
    }

    private static void number(ObjectNode o, String key, double v) {
        if (v == Math.rint(v)) {
            o.put(key, (long) v);
        } else {
            o.put(key, v);
        }
    }
}
