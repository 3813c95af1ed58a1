package dev.safegrade.internal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Citation;
import dev.safegrade.Finding;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.engine.Evaluator;
import dev.safegrade.internal.facts.FactPointers;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.json.JsonValues;
import dev.safegrade.internal.logic.Check;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackManifest;
import dev.safegrade.internal.packs.RuleMeta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code safegrade explain}: what a rule checks, from its metadata, the facts it reads and where its decision
 * is made; and, on a fact document, whether it fired, and why (or why not), element by element with the
 * values of the facts it read.
 */
public final class Explanation {
    /** The rule's outcome on a document, most decisive first. */
    public enum Verdict {
        NOT_APPLICABLE("not applicable"), NOT_IN_FORCE("not in force"), FIRED("fired"), NOT_EVALUATED("not evaluated"), PASSED("passed");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The verdict on a document and the lines telling it. */
    public record OnFacts(Verdict verdict, List<String> lines) {
    }

    private Explanation() {
    }

    /** What the rule checks, as lines of text. */
    public static List<String> describe(Pack pack, String ruleId) {
        RuleMeta meta = pack.rules().get(ruleId);
        PackManifest.Rule rule = manifestRule(pack, ruleId);
        List<String> out = new ArrayList<>();
        out.add(ruleId + "  " + meta.title().zh() + " / " + meta.title().en());
        out.add("  pack:       " + pack.id() + " " + pack.manifest().version() + " (" + pack.digest() + ")");
        out.add("  applies to: " + appliesTo(pack.manifest().appliesTo()));
        out.add("  severity:   " + (meta.severity() == null ? "by colour (RED high, ORANGE medium, YELLOW low, BLUE info)" : meta.severity().id())
                + (meta.color() == null ? "" : ", colour " + meta.color()));
        out.add("  in force:   " + window(meta));
        out.add("  message:    zh " + meta.message().zh());
        out.add("              en " + meta.message().en());
        String label = "  cites:      ";
        for (Citation c : meta.citations()) {
            out.add(label + citation(c));
            label = "              ";
        }
        label = "  reads:      ";
        for (String pointer : rule.reads()) {
            FactPointers.Resolution r = FactPointers.resolve(pointer);
            out.add(label + pointer + (r.resolved() ? "  (" + r.schema().path("title").asText("") + ")" : "  (not in facts-v1: " + r.problem() + ")"));
            label = "              ";
        }
        RuleLogic logic = RuleLogic.of(pack, ruleId);
        label = "  decided by: ";
        for (RuleLogic.TableRow row : logic.tableRows()) {
            out.add(label + "table " + row.file() + " \"" + row.table() + "\" " + row.pointer() + ": " + row.row());
            label = "              ";
        }
        for (RuleLogic.DrlRule r : logic.drlRules()) {
            out.add(label + "DRL rule \"" + r.name() + "\" at " + r.file() + ":" + r.firstLine() + "-" + r.lastLine());
            label = "              ";
        }
        return out;
    }

    /**
     * Evaluates the document with the rule's pack alone and tells what the rule did, element by element. The rule is
     * not applicable when its pack's {@code appliesTo}, the {@code drlAppliesTo} of the DRL deciding it, or its own
     * conditions of applicability (a criteria item's, on every element it checked) leave the subject out; it passed
     * only when it was evaluated against the facts and did not fire.
     */
    public static OnFacts onFacts(Pack pack, String ruleId, ParsedFacts parsed, LocalDate asOf, String profile) {
        PackManifest.Rule rule = manifestRule(pack, ruleId);
        Map<String, List<Check>> traced = new HashMap<>();
        Report report = Evaluator.evaluate(CompiledPacks.of(List.of(pack)), parsed, asOf, profile, SafeGrade.version(), traced);
        JsonNode doc = parsed.tree();
        List<Finding> fired = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        List<NotEvaluated> undecided = report.notEvaluated().stream().filter(n -> n.ruleId().equals(ruleId)).toList();
        NotInForce notInForce = report.notInForce().stream().filter(n -> n.ruleId().equals(ruleId)).findFirst().orElse(null);
        boolean packApplies = report.packs().stream().anyMatch(p -> p.id().equals(pack.id()));
        PackManifest.DrlAppliesTo scope = packApplies ? excludingScope(pack, ruleId, parsed) : null;
        List<Check> checks = traced.getOrDefault(ruleId, List.of());
        boolean conditionsExclude = !checks.isEmpty() && checks.stream().allMatch(c -> c.applicability().isFalse());

        Verdict verdict = !packApplies || scope != null ? Verdict.NOT_APPLICABLE : notInForce != null ? Verdict.NOT_IN_FORCE
                : !fired.isEmpty() ? Verdict.FIRED : !undecided.isEmpty() ? Verdict.NOT_EVALUATED
                : conditionsExclude ? Verdict.NOT_APPLICABLE : Verdict.PASSED;
        List<String> out = new ArrayList<>();
        String on = "on " + parsed.source() + " (asOf " + asOf + ", profile " + profile + "): ";
        switch (verdict) {
            case NOT_APPLICABLE -> out.add(on + "NOT APPLICABLE: " + (!packApplies
                    ? "pack " + pack.id() + " applies to " + appliesTo(pack.manifest().appliesTo()) + "; this document describes " + subject(doc)
                    : scope != null ? "the DRL deciding it (" + String.join(", ", scope.files()) + ") applies to " + appliesTo(scope.appliesTo())
                            + "; this document describes " + subject(doc)
                    : "its own conditions of applicability hold on none of the " + checks.size() + " element(s) it checked (each below)"));
            case NOT_IN_FORCE -> out.add(on + "NOT IN FORCE: the rule applies " + window(pack.rules().get(ruleId)));
            case FIRED -> out.add(on + "FIRED (" + fired.size() + (fired.size() == 1 ? " finding" : " findings")
                    + (undecided.isEmpty() ? "" : "; not evaluated on " + undecided.size()) + ")");
            case NOT_EVALUATED -> out.add(on + "NOT EVALUATED: facts it needs are absent (" + undecided.size() + (undecided.size() == 1 ? " element" : " elements") + ")");
            case PASSED -> out.add(on + "PASSED: it applies and did not fire");
        }

        List<String> patterns = rule.reads();
        for (String p : patterns) {
            if (FactReads.elementPattern(p) == null) {
                FactReads.expand(doc, p).forEach(pointer -> out.add("    " + pointer + " = " + FactReads.show(FactReads.valueAt(doc, pointer))));
            }
        }
        Set<String> elements = new LinkedHashSet<>(FactReads.elements(doc, patterns));
        fired.forEach(f -> elements.add(f.path()));
        undecided.forEach(n -> elements.add(n.path()));
        checks.forEach(c -> elements.add(c.getPath()));
        if (elements.isEmpty()) {
            patterns.stream().map(FactReads::elementPattern).filter(e -> e != null).distinct()
                    .forEach(e -> out.add("  no element at " + e + " in the document"));
        }
        for (String element : elements) {
            out.addAll(element(report, ruleId, verdict, element, fired, undecided, checks, patterns, doc));
        }
        return new OnFacts(verdict, out);
    }

    /** The {@code drlAppliesTo} entry that leaves the subject out of every DRL file deciding the rule, or null. */
    private static PackManifest.DrlAppliesTo excludingScope(Pack pack, String ruleId, ParsedFacts parsed) {
        Set<String> deciding = new LinkedHashSet<>();
        RuleLogic.of(pack, ruleId).drlRules().forEach(r -> deciding.add(r.file()));
        for (PackManifest.DrlAppliesTo scope : pack.manifest().drlAppliesTo()) {
            if (!deciding.isEmpty() && scope.files().containsAll(deciding) && !Evaluator.applies(scope.appliesTo(), parsed.model())) {
                return scope;
            }
        }
        return null;
    }

    private static List<String> element(Report report, String ruleId, Verdict verdict, String element, List<Finding> fired,
                                        List<NotEvaluated> undecided, List<Check> checks, List<String> patterns, JsonNode doc) {
        List<String> out = new ArrayList<>();
        List<Finding> here = fired.stream().filter(f -> f.path().equals(element)).toList();
        List<NotEvaluated> open = undecided.stream().filter(n -> n.path().equals(element)).toList();
        List<Check> checked = checks.stream().filter(c -> c.getPath().equals(element)).toList();
        if (!here.isEmpty()) {
            out.add("  " + element + ": fired");
            for (Finding f : here) {
                out.add("      zh " + f.message().zh());
                out.add("      en " + f.message().en());
                out.add("      evidence " + JsonValues.tree(f.evidence()));
            }
        } else if (!open.isEmpty()) {
            List<String> missing = open.stream().flatMap(n -> n.missing().stream()).distinct().toList();
            out.add("  " + element + ": not evaluated, missing " + String.join(", ", missing));
        } else if (verdict == Verdict.NOT_IN_FORCE || verdict == Verdict.NOT_APPLICABLE && checked.isEmpty()) {
            out.add("  " + element + ": " + verdict.label());
        } else if (!checked.isEmpty() && checked.stream().allMatch(c -> c.applicability().isFalse())) {
            // What its conditions of applicability read there, so the reader sees which one does not hold.
            Map<String, Object> read = new LinkedHashMap<>();
            checked.forEach(c -> c.applicability().read().forEach(read::putIfAbsent));
            out.add("  " + element + ": not applicable (" + String.join(", ", read.entrySet().stream()
                    .map(e -> e.getKey() + " = " + JsonValues.tree(e.getValue())).toList()) + ")");
        } else {
            List<String> instead = report.findings().stream().filter(f -> f.path().equals(element) && !f.ruleId().equals(ruleId))
                    .map(Finding::ruleId).distinct().toList();
            out.add("  " + element + ": passed" + (instead.isEmpty() ? "" : " (reported here instead: " + String.join(", ", instead) + ")"));
        }
        for (String p : patterns) {
            String bound = FactReads.bind(p, element);
            if (bound != null && FactReads.elementPattern(p) != null) {
                FactReads.expand(doc, bound).forEach(pointer -> out.add("      " + pointer + " = " + FactReads.show(FactReads.valueAt(doc, pointer))));
            }
        }
        return out;
    }

    private static PackManifest.Rule manifestRule(Pack pack, String ruleId) {
        return pack.manifest().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("pack " + pack.id() + " has no rule " + ruleId));
    }

    public static String citation(Citation c) {
        return c.document() + " (" + c.docNumber() + (c.edition() == null ? "" : ", " + c.edition() + " edition") + ") " + c.clause()
                + ", " + c.confidence().id();
    }

    public static String window(RuleMeta meta) {
        if (meta.effectiveFrom() == null && meta.effectiveTo() == null) {
            return "always (no effective dates on the rule or its source)";
        }
        return (meta.effectiveFrom() == null ? "" : "from " + meta.effectiveFrom()) + (meta.effectiveFrom() != null && meta.effectiveTo() != null ? " " : "")
                + (meta.effectiveTo() == null ? "" : "to " + meta.effectiveTo()) + " inclusive";
    }

    public static String appliesTo(PackManifest.AppliesTo a) {
        StringBuilder b = new StringBuilder(a.subjects() == null ? "any subject" : String.join(" or ", a.subjects()));
        if (a.industries() != null) {
            b.append(", industries ").append(String.join(", ", a.industries()));
        }
        if (a.activities() != null) {
            b.append(", with an activity among ").append(String.join(", ", a.activities()));
        }
        return b.toString();
    }

    private static String subject(JsonNode doc) {
        JsonNode e = doc.path("enterprise");
        if (e.isMissingNode()) {
            return "a park";
        }
        return "an enterprise, industry " + FactReads.show(e.path("industry")) + ", activities " + FactReads.show(e.path("activities"));
    }
}
