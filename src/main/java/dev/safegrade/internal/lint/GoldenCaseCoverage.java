package dev.safegrade.internal.lint;

import dev.safegrade.internal.packs.PackManifest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.cases.Coverage;
import java.util.Set;

/**
 * Every rule is shown both ways by the golden cases: at least one case whose expected outcome has a finding
 * of the rule (table-driven rules count by the id they report under; a rule declared {@code "reports":
 * "not-evaluated"} counts by its notEvaluated entries), and at least one case of the pack without one. A rule no case fires is untested; a rule every case fires is never seen to hold back.
 */
final class GoldenCaseCoverage extends PackCheck {
    @Override
    public String id() {
        return "golden-cases";
    }

    @Override
    public String description() {
        return "every rule fires in at least one golden case and stays silent in at least one (expected outcomes)";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode rules = t.manifest().path("rules");
        if (t.cases().isEmpty()) {
            p.inFile(t, "cases", 0, "the pack has no golden cases (cases/<name>.facts.json with <name>.expected.json)");
            return;
        }
        for (LintTarget.GoldenCase c : t.cases()) {
            if (c.expected() == null) {
                p.inFile(t, c.factsFile(), 0, "golden case " + c.name() + " has no readable " + c.name() + ".expected.json");
            }
        }
        if (t.cases().stream().allMatch(c -> c.expected() == null)) {
            return; // nothing to count rules in
        }
        for (int i = 0; i < rules.size(); i++) {
            String id = rules.get(i).path("id").asText();
            boolean notEvaluatedOnly = PackManifest.Rule.NOT_EVALUATED_ONLY.equals(rules.get(i).path("reports").asText());
            int fires = 0;
            int silent = 0;
            for (LintTarget.GoldenCase c : t.cases()) {
                if (c.expected() == null) {
                    continue;
                }
                if (Coverage.fired(c.expected(), id, notEvaluatedOnly)) {
                    fires++;
                } else {
                    silent++;
                }
            }
            if (fires == 0) {
                p.inManifest(t, "/rules/" + i + "/id", "rule " + id + " fires in no golden case: add a case where it fires");
            }
            if (silent == 0) {
                p.inManifest(t, "/rules/" + i + "/id", "rule " + id + " fires in every golden case: add a case where it does not");
            }
        }
    }
}
