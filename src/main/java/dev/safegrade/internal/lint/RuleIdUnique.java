package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.packs.Pack;
import java.util.HashMap;
import java.util.Map;

/**
 * A rule id names one rule: it is described once across every pack it may be evaluated with (the packs
 * linted and the shipped packs they do not replace), because reports and waivers refer to rules by id alone.
 */
final class RuleIdUnique implements LintCheck {
    @Override
    public String id() {
        return "rule-id-unique";
    }

    @Override
    public String description() {
        return "each rule id is described once across all packs";
    }

    @Override
    public void check(LintContext context, Problems p) {
        Map<String, String> seen = new HashMap<>();
        for (Pack other : context.others()) {
            other.rules().keySet().forEach(id -> seen.put(id, "pack " + other.id()));
        }
        for (LintTarget t : context.targets()) {
            JsonNode rules = t.manifest().path("rules");
            for (int i = 0; i < rules.size(); i++) {
                JsonNode id = rules.get(i).path("id");
                if (!id.isTextual()) {
                    continue;
                }
                String here = t.display(LintTarget.MANIFEST) + ":" + t.manifestLine("/rules/" + i + "/id");
                String first = seen.putIfAbsent(id.asText(), here);
                if (first != null) {
                    p.inManifest(t, "/rules/" + i + "/id", "rule id \"" + id.asText() + "\" is already described at " + first);
                }
            }
        }
    }
}
