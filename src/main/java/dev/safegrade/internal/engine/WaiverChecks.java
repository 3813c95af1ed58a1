package dev.safegrade.internal.engine;

import dev.safegrade.Waiver;
import dev.safegrade.internal.facts.NearestId;
import dev.safegrade.internal.packs.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the packs say about a waivers file: every waiver names a rule a loaded pack has, and one that may be waived. A
 * 重大事故隐患 item (kind {@code major-accident-hazard}) or a 禁 (kind {@code prohibition}) may not: the law leaves no room
 * to accept one for a while, only to rectify it.
 */
public final class WaiverChecks {
    /** Kinds of rule whose findings no waiver may accept. */
    public static final Set<String> NOT_WAIVABLE = Set.of(RuleMeta.MAJOR_ACCIDENT_HAZARD, "prohibition");

    /** A problem with waiver {@code index}'s {@code key}. */
    public record Problem(int index, String key, String expected, String found, String hint) {
    }

    private WaiverChecks() {
    }

    public static List<Problem> check(List<Waiver> waivers, Map<String, RuleMeta> rules) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            String id = waivers.get(i).rule();
            RuleMeta rule = rules.get(id);
            if (rule == null) {
                problems.add(new Problem(i, "rule", "the id of a rule of a loaded pack", "\"" + id + "\", which no loaded pack has",
                        NearestId.of(id, rules.keySet()).map(n -> "did you mean " + n + "?").orElse(null)));
            } else if (rule.kind() != null && NOT_WAIVABLE.contains(rule.kind())) {
                problems.add(new Problem(i, "rule", "a rule that may be waived",
                        "\"" + id + "\", a " + (rule.majorAccidentHazard() ? "重大事故隐患 criteria item" : "禁 (prohibition)")
                                + ", which no waiver may accept", "rectify it; a waiver cannot stand in for that"));
            }
        }
        return problems;
    }
}
