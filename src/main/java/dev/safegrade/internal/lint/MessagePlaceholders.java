package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule gives as evidence every {@code {key}} its zh and en messages use, so no golden case's finding still
 * shows a {@code {key}}. (The two languages may use different keys: a zh message may name the 等级 where the
 * en one names the colour.)
 */
final class MessagePlaceholders extends PackCheck {
    /** As the engine fills them (internal/engine/Messages): {@code {key}} or the count form {@code {key|one|other}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([^{}|]*)\\|([^{}|]*))?}");

    @Override
    public String id() {
        return "message-placeholders";
    }

    @Override
    public String description() {
        return "every {placeholder} of the zh and en messages is filled in the golden cases' findings (the rule gives it as evidence)";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode rules = t.manifest().path("rules");
        Map<String, String> pointerOfRule = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            pointerOfRule.put(rules.get(i).path("id").asText(), "/rules/" + i + "/message");
        }
        Set<String> told = new TreeSet<>();
        for (LintTarget.GoldenCase c : t.cases()) {
            if (c.expected() == null) {
                continue;
            }
            for (JsonNode f : c.expected().path("findings")) {
                String rule = f.path("ruleId").asText();
                Set<String> unfilled = new TreeSet<>(keys(f.path("message").path("zh").asText("")));
                unfilled.addAll(keys(f.path("message").path("en").asText("")));
                if (!unfilled.isEmpty() && told.add(rule) && pointerOfRule.containsKey(rule)) {
                    p.inManifest(t, pointerOfRule.get(rule), "rule " + rule + " gives no evidence for " + unfilled
                            + " of its message (still unfilled in golden case " + c.name() + ")");
                }
            }
        }
    }

    private static Set<String> keys(String message) {
        Set<String> keys = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
