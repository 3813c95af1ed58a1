package dev.safegrade.internal.engine;

import dev.safegrade.NotInForce;
import dev.safegrade.PackInfo;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.RuleMeta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * What evaluating a subject needs that depends only on which packs and DRL files apply to it and on {@code asOf}:
 * the KieBase, the table facts, the agenda filter, the rules out of force or undecided, and the packs as the report
 * lists them. Subjects of a batch fall into a few such combinations, so each is worked out once (see
 * {@link CompiledPacks#plan}) instead of walking every rule of every pack per document.
 *
 * @param kieBase         the rules to run; null when no pack applies
 * @param undecidedRules  rule ids left out only because the enterprise's activities are unknown (notEvaluated)
 * @param notInForce      the applicable rules not in force on asOf, by id
 * @param packs           the report's {@code packs}, with the rules they show for such a subject
 */
record EvaluationPlan(KieBase kieBase, List<Object> tableFacts, AgendaFilter filter, List<String> undecidedRules,
                      List<NotInForce> notInForce, List<PackInfo> packs) {

    /** The key a plan is cached under: everything {@link #of} reads apart from the packs themselves. */
    record Key(Set<String> applicable, Set<String> excludedFiles, Set<String> undecidedFiles, LocalDate asOf) {
    }

    static EvaluationPlan of(CompiledPacks compiled, List<Pack> applicable, Key key) {
        DrlScopes scopes = compiled.scopes();
        List<String> undecided = new ArrayList<>();
        if (!key.undecidedFiles().isEmpty()) {
            for (Pack p : applicable) {
                p.rules().values().stream().filter(r -> scopes.excludesId(p.id(), r.id(), key.undecidedFiles())).forEach(r -> undecided.add(r.id()));
            }
        }
        List<NotInForce> notInForce = new ArrayList<>();
        for (Pack p : applicable) {
            p.rules().values().stream().filter(r -> !r.inForceOn(key.asOf()) && !scopes.excludesId(p.id(), r.id(), key.excludedFiles()))
                    .sorted(Comparator.comparing(RuleMeta::id))
                    .forEach(r -> notInForce.add(new NotInForce(r.id(), r.pack(), r.effectiveFrom(), r.effectiveTo(), r.notInForceNote(key.asOf()))));
        }
        // The rules each pack shows for the subject: those of DRL files scoped away from it are left out, unless only
        // the unknown activities left them out (those are undecided, in notEvaluated).
        Set<String> outOfScope = new HashSet<>(key.excludedFiles());
        outOfScope.removeAll(key.undecidedFiles());
        List<PackInfo> packs = applicable.stream().map(p -> p.info(id -> !scopes.excludesId(p.id(), id, outOfScope)))
                .sorted(Comparator.comparing(PackInfo::id)).toList();
        if (applicable.isEmpty()) { // nothing to run, and no session to pay for
            return new EvaluationPlan(null, List.of(), null, List.of(), List.copyOf(notInForce), packs);
        }
        return new EvaluationPlan(compiled.kieBaseFor(key.applicable(), key.excludedFiles()), compiled.tableFacts(key.applicable()),
                filter(compiled, key), List.copyOf(undecided), List.copyOf(notInForce), packs);
    }

    /**
     * Lets a rule fire when its pack applies, its DRL file is not scoped away and it is in force on asOf; decided once
     * per rule of the plan. (A precompiled KieBase holds only the first two kinds of rule already.)
     */
    private static AgendaFilter filter(CompiledPacks compiled, Key key) {
        Map<Rule, Boolean> decided = new ConcurrentHashMap<>();
        return match -> decided.computeIfAbsent(match.getRule(), rule -> {
            Pack pack = compiled.packOfDrlPackage(rule.getPackageName());
            if (pack == null || !key.applicable().contains(pack.id()) || compiled.scopes().excludesRule(pack.id(), rule.getName(), key.excludedFiles())) {
                return false;
            }
            RuleMeta meta = compiled.rules().get(rule.getName());
            return meta == null || meta.inForceOn(key.asOf());
        });
    }
}
