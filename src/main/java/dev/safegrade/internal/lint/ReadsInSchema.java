package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.facts.FactPointers;

/**
 * Each pointer a rule says it reads names a fact of facts-v1 ({@code *} for list indexes), so explain and the
 * rule pages show real facts and a misspelt key is caught before a reader relies on it.
 */
final class ReadsInSchema extends PackCheck {
    @Override
    public String id() {
        return "reads-in-schema";
    }

    @Override
    public String description() {
        return "every \"reads\" pointer of a rule names a fact of the facts-v1 schema (* for list indexes)";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode rules = t.manifest().path("rules");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode reads = rules.get(i).path("reads");
            for (int j = 0; j < reads.size(); j++) {
                FactPointers.Resolution r = FactPointers.resolve(reads.get(j).asText(null));
                if (!r.resolved()) {
                    p.inManifest(t, "/rules/" + i + "/reads/" + j, "rule " + rules.get(i).path("id") + " reads " + reads.get(j) + ": " + r.problem());
                }
            }
        }
    }
}
