package dev.safegrade.internal.engine;

import dev.safegrade.Finding;
import dev.safegrade.InputRef;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.Subject;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.json.PointerOrder;
import dev.safegrade.internal.logic.Check;
import dev.safegrade.internal.logic.CheckTrace;
import dev.safegrade.internal.model.Element;
import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Facts;
import dev.safegrade.internal.model.Park;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackManifest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;

/** Runs one subject through a compiled pack set and assembles its report. */
public final class Evaluator {
    /** Report-v1: severity, rule id, path; paths in natural order (array indices as numbers). */
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId).thenComparing(Finding::path, PointerOrder.NATURAL);

    private Evaluator() {
    }

    public static Report evaluate(CompiledPacks compiled, ParsedFacts parsed, LocalDate asOf, String profile, String toolVersion) {
        return evaluate(compiled, parsed, asOf, profile, toolVersion, null);
    }

    /**
     * Evaluates as {@link #evaluate(CompiledPacks, ParsedFacts, LocalDate, String, String)}, and, when {@code traced} is
     * given, adds to it by rule id every criteria-item check the rules made, those whose item does not apply included
     * (for explain; see {@link CheckTrace}). The report is the same either way.
     */
    public static Report evaluate(CompiledPacks compiled, ParsedFacts parsed, LocalDate asOf, String profile, String toolVersion,
                                  Map<String, List<Check>> traced) {
        Facts facts = parsed.model();
        List<Pack> applicable = compiled.packs().stream().filter(p -> applies(p.manifest().appliesTo(), facts)).toList();
        EvaluationPlan plan = compiled.plan(applicable, DrlScopes.excludedFiles(applicable, facts), DrlScopes.undecidedFiles(applicable, facts), asOf);

        Outcome out = new Outcome(compiled.rules(), asOf, traced);
        if (plan.kieBase() != null) {
            KieSession session = plan.kieBase().newKieSession();
            try {
                session.setGlobal("out", out);
                out.attach(session);
                session.insert(new Context(asOf, profile));
                insertSubject(session, facts);
                plan.tableFacts().forEach(session::insert);
                // Rules whose DRL is left out only because the activities are unknown: undecided, before any rule that
                // builds on their conclusions (the roll-up on the 2018 diagnosis) runs.
                if (!plan.undecidedRules().isEmpty()) {
                    List<String> activities = List.of(facts.getEnterprise().missing("activities"));
                    plan.undecidedRules().forEach(id -> out.notEvaluatedOutOfScope(id, facts.getEnterprise().getPath(), activities));
                }
                if (traced == null) {
                    session.fireAllRules(plan.filter());
                } else {
                    CheckTrace.run(() -> session.fireAllRules(plan.filter()));
                }
            } finally {
                session.dispose();
                out.attach(null);
            }
        }

        List<Finding> findings = new ArrayList<>(out.findings());
        findings.sort(FINDING_ORDER);
        List<NotEvaluated> notEvaluated = new ArrayList<>(out.notEvaluated());
        notEvaluated.sort(Comparator.comparing(NotEvaluated::ruleId).thenComparing(NotEvaluated::path, PointerOrder.NATURAL));
        List<PackInfo> packs = plan.packs();
        List<NotInForce> notInForce = plan.notInForce();
        return new Report(toolVersion, subject(facts), asOf, profile, packs, new InputRef(parsed.source(), parsed.digest()),
                orderGrades(out.grades(), packs), findings, List.of(), notEvaluated, notInForce, List.of());
    }

    /** The same report with one more grade, in the order the report's packs declare (see {@link #orderGrades}). */
    public static Report withGrade(Report r, String key, Object value) {
        Map<String, Object> grades = new LinkedHashMap<>(r.grades());
        grades.put(key, value);
        return new Report(r.toolVersion(), r.subject(), r.asOf(), r.profile(), r.packs(), r.input(), orderGrades(grades, r.packs()), r.findings(),
                r.waived(), r.notEvaluated(), r.notInForce(), r.waiverNotices());
    }

    private static void insertSubject(KieSession session, Facts facts) {
        Enterprise e = facts.getEnterprise();
        if (e != null) {
            session.insert(e);
            insertAll(session, e.getPeople());
            insertAll(session, e.getLicences());
            insertAll(session, e.getAccidents());
            insertAll(session, e.getUnits());
            insertAll(session, e.getRiskPoints());
            insertAll(session, e.getHazards());
            insertAll(session, e.getObservations());
            if (e.getInsurance() != null) {
                session.insert(e.getInsurance());
            }
            if (e.getStandardization() != null) {
                session.insert(e.getStandardization());
            }
        }
        Park park = facts.getPark();
        if (park != null) {
            session.insert(park);
            insertAll(session, park.getChecklist());
        }
    }

    private static void insertAll(KieSession session, List<? extends Element> elements) {
        elements.forEach(session::insert);
    }

    /** Whether a manifest's {@code appliesTo} (a pack's, or a DRL file's {@code drlAppliesTo}) takes in the subject. */
    public static boolean applies(PackManifest.AppliesTo a, Facts facts) {
        Enterprise e = facts.getEnterprise();
        String kind = e != null ? "enterprise" : "park";
        if (a.subjects() != null && !a.subjects().contains(kind)) {
            return false;
        }
        if (e == null) {
            return true;
        }
        if (a.industries() != null && !a.industries().contains(e.getIndustry())) {
            return false;
        }
        return a.activities() == null || a.activities().stream().anyMatch(e::hasActivity);
    }

    private static Subject subject(Facts facts) {
        if (facts.getEnterprise() != null) {
            Enterprise e = facts.getEnterprise();
            return new Subject("enterprise", e.getId(), e.getName(), e.getRegion(), e.getIndustry());
        }
        return new Subject("park", facts.getPark().getId(), facts.getPark().getName(), facts.getPark().getRegion(), null);
    }

    /**
     * The grades in the order the packs declare them ({@code grades[].order} in pack.json, lowest first; report-v1's
     * order for the shipped packs); keys no pack declares follow alphabetically.
     */
    static Map<String, Object> orderGrades(Map<String, Object> grades, List<PackInfo> packs) {
        Map<String, Integer> order = new HashMap<>();
        packs.forEach(p -> p.grades().forEach(g -> order.putIfAbsent(g.key(), g.order())));
        Map<String, Object> ordered = new LinkedHashMap<>();
        grades.keySet().stream().filter(order::containsKey).sorted(Comparator.comparing((String k) -> order.get(k)).thenComparing(k -> k))
                .forEach(k -> ordered.put(k, grades.get(k)));
        grades.keySet().stream().filter(k -> !order.containsKey(k)).sorted().forEach(k -> ordered.put(k, grades.get(k)));
        return ordered;
    }
}
