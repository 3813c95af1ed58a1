package dev.safegrade.internal.engine;

import dev.safegrade.internal.explain.RuleLogic;
import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Facts;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackManifest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DRL files of a pack that apply to fewer subjects than the pack (manifest {@code drlAppliesTo}), and the rules
 * in them. A subject they do not apply to is evaluated without those rules: it could not fire them, and a session
 * pays for every rule its facts reach.
 */
final class DrlScopes {
    private final Map<String, Pack> scoped = new HashMap<>(); // the packs with drlAppliesTo, by id
    // Both worked out from the DRL text when first asked (not at start-up, where a one-file evaluation would wait):
    private final Map<String, Map<String, String>> fileOfRule = new ConcurrentHashMap<>(); // pack -> DRL rule -> file
    private final Map<String, Map<String, Set<String>>> filesOfId = new ConcurrentHashMap<>(); // pack -> rule id -> files deciding it

    DrlScopes(List<Pack> packs) {
        packs.stream().filter(p -> !p.manifest().drlAppliesTo().isEmpty()).forEach(p -> scoped.put(p.id(), p));
    }

    /** The files, as {@code pack/file}, of these (applicable) packs that do not apply to the subject. */
    static Set<String> excludedFiles(List<Pack> applicable, Facts facts) {
        Set<String> out = new HashSet<>();
        for (Pack p : applicable) {
            for (PackManifest.DrlAppliesTo scope : p.manifest().drlAppliesTo()) {
                if (!Evaluator.applies(scope.appliesTo(), facts)) {
                    scope.files().forEach(f -> out.add(p.id() + "/" + f));
                }
            }
        }
        return out;
    }

    /**
     * The excluded files that are excluded only because the enterprise's activities are not known: they might apply,
     * so their rules are undecided (notEvaluated, missing the activities), never passed.
     */
    static Set<String> undecidedFiles(List<Pack> applicable, Facts facts) {
        Set<String> out = new HashSet<>();
        Enterprise e = facts.getEnterprise();
        if (e == null || e.activitiesRecorded()) {
            return out;
        }
        for (Pack p : applicable) {
            for (PackManifest.DrlAppliesTo scope : p.manifest().drlAppliesTo()) {
                PackManifest.AppliesTo a = scope.appliesTo();
                if (a.activities() != null && Evaluator.applies(new PackManifest.AppliesTo(a.subjects(), a.industries(), null), facts)) {
                    scope.files().forEach(f -> out.add(p.id() + "/" + f));
                }
            }
        }
        return out;
    }

    /** Whether a DRL rule of the pack sits in one of the excluded files. */
    boolean excludesRule(String pack, String ruleName, Set<String> excludedFiles) {
        if (excludedFiles.isEmpty() || !scoped.containsKey(pack)) {
            return false;
        }
        String file = fileOfRule.computeIfAbsent(pack, id -> {
            Map<String, String> files = new HashMap<>();
            scoped.get(id).drl().forEach((f, text) -> RuleLogic.rules(f, text).forEach(r -> files.put(r.name(), f)));
            return files;
        }).get(ruleName);
        return file != null && excludedFiles.contains(pack + "/" + file);
    }

    /** Whether every DRL rule that reports under the id sits in an excluded file (so the id does not apply). */
    boolean excludesId(String pack, String ruleId, Set<String> excludedFiles) {
        if (excludedFiles.isEmpty() || !scoped.containsKey(pack)) {
            return false;
        }
        Set<String> files = filesOfId.computeIfAbsent(pack, id -> new ConcurrentHashMap<>()).computeIfAbsent(ruleId, rid -> {
            Set<String> deciding = new HashSet<>();
            RuleLogic.of(scoped.get(pack), rid).drlRules().forEach(r -> deciding.add(r.file()));
            return deciding;
        });
        return !files.isEmpty() && files.stream().allMatch(f -> excludedFiles.contains(pack + "/" + f));
    }
}
