package dev.safegrade.internal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a pack's golden cases cover: for each rule, in how many cases it fired (a finding under its id) and in
 * how many it stayed silent; and for each source document, which of its clauses the rules (and tables) cite.
 * The share of rules that fired must reach the manifest's {@code coverage.minRuleShare}.
 *
 * @param minimum the manifest's threshold, or null when it sets none
 */
public record Coverage(String pack, int cases, List<RuleCoverage> rules, List<SourceCoverage> sources, Double minimum) {

    /** One rule: the cases with a finding of it and those without. */
    public record RuleCoverage(String id, int firedIn, int silentIn) {
    }

    /** One source document and the clauses cited from it, each with what cites it. */
    public record SourceCoverage(String id, String docNumber, String document, Map<String, List<String>> clauses) {
    }

    /** The rule ids with a finding in an outcome (grades, findings, notEvaluated, notInForce). */
    public static Set<String> firedRules(JsonNode outcome) {
        Set<String> ids = new TreeSet<>();
        outcome.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
        return ids;
    }

    /**
     * Whether a rule shows its output in an outcome: a finding, or for a rule whose only output is telling that
     * facts are missing ({@code "reports": "not-evaluated"}), a notEvaluated entry.
     */
    public static boolean fired(JsonNode outcome, String ruleId, boolean notEvaluatedOnly) {
        if (!notEvaluatedOnly) {
            return firedRules(outcome).contains(ruleId);
        }
        for (JsonNode n : outcome.path("notEvaluated")) {
            if (ruleId.equals(n.path("ruleId").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The coverage of a pack by the outcomes of its golden cases. */
    public static Coverage of(Pack pack, List<JsonNode> outcomes) {
        List<RuleCoverage> rules = new ArrayList<>();
        for (PackManifest.Rule r : pack.manifest().rules()) {
            int in = (int) outcomes.stream().filter(o -> fired(o, r.id(), r.reportsOnlyNotEvaluated())).count();
            rules.add(new RuleCoverage(r.id(), in, outcomes.size() - in));
        }
        Map<String, Map<String, Set<String>>> cited = new LinkedHashMap<>();
        pack.manifest().sources().forEach(s -> cited.put(s.id(), new LinkedHashMap<>()));
        for (PackManifest.Rule r : pack.manifest().rules()) {
            for (PackManifest.Citation c : r.citations()) {
                cited.computeIfAbsent(c.source(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(c.clause(), k -> new LinkedHashSet<>()).add(r.id());
            }
        }
        pack.tables().forEach((file, table) -> {
            if (table.has("source") && table.has("clause")) {
                cited.computeIfAbsent(table.path("source").asText(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(table.path("clause").asText(), k -> new LinkedHashSet<>()).add("table " + file);
            }
        });
        List<SourceCoverage> sources = new ArrayList<>();
        for (PackManifest.Source s : pack.manifest().sources()) {
            Map<String, List<String>> clauses = new LinkedHashMap<>();
            cited.get(s.id()).forEach((clause, by) -> clauses.put(clause, List.copyOf(by)));
            sources.add(new SourceCoverage(s.id(), s.docNumber(), s.document(), clauses));
        }
        PackManifest.Coverage c = pack.manifest().coverage();
        return new Coverage(pack.id(), outcomes.size(), List.copyOf(rules), List.copyOf(sources), c == null ? null : c.minRuleShare());
    }

    /** The share of rules that fired in at least one case. */
    public double ruleShare() {
        return rules.isEmpty() ? 1 : (double) rules.stream().filter(r -> r.firedIn() > 0).count() / rules.size();
    }

    public boolean meetsMinimum() {
        return minimum == null || ruleShare() + 1e-9 >= minimum;
    }

    /** The coverage as the CLI prints it. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        long firing = rules.stream().filter(r -> r.firedIn() > 0).count();
        out.add("coverage " + pack + ": " + firing + " of " + rules.size() + " rules fired in " + cases + " golden cases ("
                + percent(ruleShare()) + (minimum == null ? ", no minimum set" : ", minimum " + percent(minimum)) + ")"
                + (meetsMinimum() ? "" : "  BELOW MINIMUM"));
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleCoverage r : rules) {
            out.add("  " + pad(r.id(), width) + "  " + (r.firedIn() == 0 ? "never fired" : "fired in " + r.firedIn())
                    + ", silent in " + r.silentIn());
        }
        out.add("  clauses cited:");
        for (SourceCoverage s : sources) {
            if (s.clauses().isEmpty()) {
                out.add("    " + s.docNumber() + " (" + s.id() + "): no clause cited");
            }
            s.clauses().forEach((clause, by) -> out.add("    " + s.docNumber() + " " + clause + ": " + String.join(", ", by)));
        }
        return out;
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
