package dev.safegrade.internal.engine;

import dev.safegrade.InputProblem;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Facts;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackManifest;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller chose packs by id and none of them applies to the subject (a park pack for an enterprise, the coal pack
 * for a chemical plant). Evaluating would give an empty report that looks like a clean one, so it is refused with
 * the packs chosen, what they apply to, and the packs that would apply.
 */
public final class NoApplicablePack {
    private NoApplicablePack() {
    }

    /** The problem, or null when one of the chosen packs applies. */
    public static InputProblem problem(List<Pack> chosen, List<Pack> available, ParsedFacts parsed) {
        Facts facts = parsed.model();
        if (chosen.stream().anyMatch(p -> Evaluator.applies(p.manifest().appliesTo(), facts))) {
            return null;
        }
        Enterprise e = facts.getEnterprise();
        String subject = e != null ? "an enterprise in the industry " + e.getIndustry() : "a park";
        List<String> reach = new ArrayList<>();
        for (Pack p : chosen) {
            reach.add(p.id() + " applies to " + describe(p.manifest().appliesTo()));
        }
        List<String> would = available.stream().filter(p -> Evaluator.applies(p.manifest().appliesTo(), facts)).map(Pack::id).toList();
        String hint = would.isEmpty() ? "no available pack applies to it" : "the packs that apply to it: " + String.join(", ", would);
        return new InputProblem(parsed.source(), 0, 0, e != null ? "/enterprise" : "/park",
                "a subject one of the chosen packs applies to (" + String.join("; ", reach) + ")",
                subject + ", to which none of them applies", hint);
    }

    private static String describe(PackManifest.AppliesTo a) {
        StringBuilder b = new StringBuilder(a.subjects() == null ? "enterprises and parks" : String.join(" and ", a.subjects().stream().map(s -> s + "s").toList()));
        if (a.industries() != null) {
            b.append(" in the industr").append(a.industries().size() == 1 ? "y " : "ies ").append(String.join(", ", a.industries()));
        }
        if (a.activities() != null) {
            b.append(" with the activit").append(a.activities().size() == 1 ? "y " : "ies ").append(String.join(" or ", a.activities()));
        }
        return b.toString();
    }
}
