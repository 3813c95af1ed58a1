package dev.safegrade.internal.engine;

import dev.safegrade.internal.explain.RuleLogic;
import dev.safegrade.internal.model.Facts;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackManifest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DRL files of a pack that apply to fewer subjects than the pack (manifest {@code drlAppliesTo}), and the rules
 * in them. A subject they do not apply to is evaluated without those rules: it could not fire them, and a session
 * pays for every rule its facts reach.
 */
final class DrlScopes {
    private final Map<String, Map<String, String>> fileOfRule = new HashMap<>(); // pack -> DRL rule name -> file
    private final Map<String, Map<String, Set<String>>> filesOfId = new HashMap<>(); // pack -> rule id -> files deciding it

    DrlScopes(List<Pack> packs) {
        for (Pack p : packs) {
            if (p.manifest().drlAppliesTo().isEmpty()) {
                continue;
            }
            Map<String, String> files = new HashMap<>();
            p.drl().forEach((file, text) -> RuleLogic.rules(file, text).forEach(r -> files.put(r.name(), file)));
            fileOfRule.put(p.id(), files);
            Map<String, Set<String>> byId = new HashMap<>();
            p.rules().keySet().forEach(id -> {
                Set<String> deciding = new HashSet<>();
                RuleLogic.of(p, id).drlRules().forEach(r -> deciding.add(r.file()));
                byId.put(id, deciding);
            });
            filesOfId.put(p.id(), byId);
        }
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

    /** Whether a DRL rule of the pack sits in one of the excluded files. */
    boolean excludesRule(String pack, String ruleName, Set<String> excludedFiles) {
        Map<String, String> files = fileOfRule.get(pack);
        String file = files == null ? null : files.get(ruleName);
        return file != null && excludedFiles.contains(pack + "/" + file);
    }

    /** Whether every DRL rule that reports under the id sits in an excluded file (so the id does not apply). */
    boolean excludesId(String pack, String ruleId, Set<String> excludedFiles) {
        Map<String, Set<String>> byId = filesOfId.get(pack);
        Set<String> files = byId == null ? null : byId.get(ruleId);
        return files != null && !files.isEmpty() && files.stream().allMatch(f -> excludedFiles.contains(pack + "/" + f));
    }
}
