package dev.safegrade.internal.engine;

import dev.safegrade.Finding;
import dev.safegrade.NotEvaluated;
import dev.safegrade.RiskColor;
import dev.safegrade.Severity;
import dev.safegrade.Text;
import dev.safegrade.internal.logic.Check;
import dev.safegrade.internal.packs.RuleMeta;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.model.Drools;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code out} of every session: the only way rules report. It builds every finding from the
 * rule's metadata (titles, messages, severity, citations), so no rule assembles one by hand.
 * One instance per evaluation; not shared between threads.
 */
public final class Outcome {
    private final Map<String, RuleMeta> rules;
    private final LocalDate asOf;
    private final List<Finding> findings = new ArrayList<>();
    private final List<NotEvaluated> notEvaluated = new ArrayList<>();
    private final Map<String, Object> grades = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, Map<String, Object>>> gradeLists = new LinkedHashMap<>();
    private final Map<String, List<Check>> traced; // null unless explain traces the checks (see CheckTrace)
    private KieSession session;

    Outcome(Map<String, RuleMeta> rules, LocalDate asOf, Map<String, List<Check>> traced) {
        this.rules = rules;
        this.asOf = asOf;
        this.traced = traced;
    }

    /** Findings become {@link Reported} facts of this session from now on, notEvaluated entries {@link Undecided} ones. */
    void attach(KieSession session) {
        this.session = session;
    }

    // Each method that takes the firing rule comes twice: RuleContext is what `drools` is in a rule compiled from
    // DRL, org.drools.model.Drools what it is in the executable model (both name the same rule).

    /** A finding of the firing rule about the element at {@code path}; evidence as key, value, key, value… */
    public void finding(RuleContext rule, String path, Object... evidence) {
        finding(rule.getRule().getName(), null, path, evidence);
    }

    public void finding(Drools rule, String path, Object... evidence) {
        finding((RuleContext) rule, path, evidence);
    }

    /** A risk-level finding whose colour (and so severity) the rule computed. */
    public void finding(RuleContext rule, RiskColor color, String path, Object... evidence) {
        finding(rule.getRule().getName(), color, path, evidence);
    }

    public void finding(Drools rule, RiskColor color, String path, Object... evidence) {
        finding((RuleContext) rule, color, path, evidence);
    }

    public void finding(String ruleId, RiskColor color, String path, Object... evidence) {
        RuleMeta meta = meta(ruleId);
        if (!meta.inForceOn(asOf)) {
            return;
        }
        RiskColor c = color != null ? color : meta.color();
        Severity fixed = meta.severityOn(asOf);
        Severity severity = fixed != null ? fixed : severityOf(c, ruleId);
        Map<String, Object> ev = evidence(evidence);
        findings.add(new Finding(ruleId, meta.pack(), severity, c, meta.title(), Messages.fill(meta.message(), ev, meta.labels()), path, ev,
                meta.citations()));
        if (session != null) {
            session.insert(new Reported(ruleId, meta.pack(), meta.kind(), path, severity, c));
        }
    }

    /** Reports a criteria item's check under the firing rule's id: a finding when it fires, notEvaluated when undecided. */
    public void check(RuleContext rule, Check check) {
        check(rule.getRule().getName(), check);
    }

    public void check(Drools rule, Check check) {
        check((RuleContext) rule, check);
    }

    /** Reports a criteria item's check under {@code ruleId} (for helper rules that check one part of an item). */
    public void check(String ruleId, Check check) {
        if (traced != null) {
            traced.computeIfAbsent(ruleId, id -> new ArrayList<>()).add(check);
        }
        if (check.isFires()) {
            finding(ruleId, null, check.getPath(), check.evidence());
        } else if (check.isUndecided()) {
            notEvaluated(ruleId, check.getPath(), check.getMissing());
        }
    }

    /** The rule applies but cannot decide: these facts are absent. */
    public void notEvaluated(String ruleId, String path, List<String> missing) {
        notEvaluated(ruleId, path, missing, false);
    }

    /** As {@link #notEvaluated(String, String, List)}, for a rule whose DRL does not run: see {@link Undecided#isScopeUnknown()}. */
    void notEvaluatedOutOfScope(String ruleId, String path, List<String> missing) {
        notEvaluated(ruleId, path, missing, true);
    }

    private void notEvaluated(String ruleId, String path, List<String> missing, boolean scopeUnknown) {
        RuleMeta meta = meta(ruleId);
        if (meta.inForceOn(asOf)) {
            notEvaluated.add(new NotEvaluated(ruleId, meta.pack(), path, missing));
            if (session != null) {
                session.insert(new Undecided(ruleId, meta.pack(), meta.kind(), path, missing, scopeUnknown));
            }
        }
    }

    public void notEvaluated(RuleContext rule, String path, List<String> missing) {
        notEvaluated(rule.getRule().getName(), path, missing);
    }

    public void notEvaluated(Drools rule, String path, List<String> missing) {
        notEvaluated((RuleContext) rule, path, missing);
    }

    /** The rule's deadline from its manifest ({@code severityAfter.date}), or null; for evidence and grades. */
    public LocalDate deadline(String ruleId) {
        return meta(ruleId).deadline();
    }

    /** Whether {@code asOf} is after the rule's deadline, i.e. its findings take the {@code severityAfter} severity. */
    public boolean overdue(String ruleId) {
        return meta(ruleId).pastDeadline(asOf);
    }

    /** Sets a single-valued grade, e.g. {@code riskColor}. */
    public void grade(String key, Object... keyValues) {
        grades.put(key, evidence(keyValues));
    }

    /** Adds an entry to a list-valued grade, e.g. {@code accidents}; entries are kept in {@code order}. */
    public void gradeItem(String key, int order, Object... keyValues) {
        gradeLists.computeIfAbsent(key, k -> new TreeMap<>()).put(order, evidence(keyValues));
    }

    List<Finding> findings() {
        return findings;
    }

    List<NotEvaluated> notEvaluated() {
        return notEvaluated;
    }

    Map<String, Object> grades() {
        Map<String, Object> all = new LinkedHashMap<>(grades);
        gradeLists.forEach((k, v) -> all.put(k, new ArrayList<>(v.values())));
        return all;
    }

    private RuleMeta meta(String ruleId) {
        RuleMeta meta = rules.get(ruleId);
        if (meta == null) {
            throw new IllegalStateException("rule " + ruleId + " reports but its pack manifest does not describe it");
        }
        return meta;
    }

    private static Severity severityOf(RiskColor color, String ruleId) {
        if (color == null) {
            throw new IllegalStateException("rule " + ruleId + " has severity by-color but gave no colour");
        }
        return switch (color) {
            case RED -> Severity.HIGH;
            case ORANGE -> Severity.MEDIUM;
            case YELLOW -> Severity.LOW;
            case BLUE -> Severity.INFO;
        };
    }

    private static Map<String, Object> evidence(Object[] kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("evidence comes in key, value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put(String.valueOf(kv[i]), v instanceof TemporalAccessor ? v.toString() : v instanceof Text t ? zhEn(t) : v);
        }
        return m;
    }

    /** A bilingual value (a band's label) as reports write one: {@code {zh, en}}. */
    private static Map<String, String> zhEn(Text t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh", t.zh());
        m.put("en", t.en());
        return m;
    }
}
