package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.packs.Pack;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule ids a document names — a register entry's criteria item ({@code /enterprise/hazards/N/item}) and an
 * inspector's determination ({@code /enterprise/observations/N/item}) — must each be a rule of a loaded pack.
 * Otherwise a misspelt id would count for no item: the register cross-check would report the item it was meant
 * for as unrecorded, and strict mode would call the determination missing. Parsing has no packs, so this runs
 * where packs and facts meet (evaluation, {@code validate}, {@code explain}). An id of a pack that does not apply
 * to the subject is accepted: a register may record any item, as long as it exists.
 */
public final class RuleReferences {
    private static final List<String> LISTS = List.of("hazards", "observations");
    static final String EXPECTED = "a rule id of a loaded pack";

    private RuleReferences() {
    }

    /** The ids of every rule of these packs. */
    public static Set<String> idsOf(Collection<Pack> packs) {
        Set<String> ids = new HashSet<>();
        packs.forEach(p -> ids.addAll(p.rules().keySet()));
        return Set.copyOf(ids);
    }

    /** @throws InvalidFactsException naming every id that is not in {@code ruleIds}, with the nearest one that is */
    public static void check(ParsedFacts facts, Set<String> ruleIds) {
        JsonNode enterprise = facts.tree().path("enterprise");
        ProblemCollector problems = null;
        for (String list : LISTS) {
            JsonNode entries = enterprise.path(list);
            for (int i = 0; i < entries.size(); i++) {
                JsonNode item = entries.get(i).path("item");
                if (!item.isTextual() || ruleIds.contains(item.asText())) {
                    continue;
                }
                if (problems == null) {
                    problems = new ProblemCollector(facts.source(), facts.bytes(), facts.firstLine());
                }
                String hint = NearestId.of(item.asText(), ruleIds).map(id -> "; did you mean " + id + "?").orElse("");
                problems.add("/enterprise/" + list + "/" + i + "/item", EXPECTED, SchemaProblems.show(item) + hint);
            }
        }
        if (problems != null) {
            throw new InvalidFactsException(InvalidFactsException.Kind.NOT_EVALUABLE, problems.problems());
        }
    }
}
