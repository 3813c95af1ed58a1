package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Every title, description and message a report or a page shows exists in both languages: the zh text
 * non-empty and in Chinese (holding at least one Han character, so an English text pasted into zh is
 * caught), the en text non-empty.
 */
final class BilingualText extends PackCheck {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Override
    public String id() {
        return "bilingual-text";
    }

    @Override
    public String description() {
        return "the pack's title and description and every rule's title and message are given in zh (Chinese) and en";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode m = t.manifest();
        if (!m.isObject()) {
            return;
        }
        text(t, p, m, "", "title");
        text(t, p, m, "", "description");
        JsonNode rules = m.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            text(t, p, rules.get(i), "/rules/" + i, "title");
            text(t, p, rules.get(i), "/rules/" + i, "message");
        }
    }

    private static void text(LintTarget t, Problems p, JsonNode owner, String at, String key) {
        JsonNode text = owner.path(key);
        if (!text.isObject()) {
            return; // manifest-complete tells it is missing
        }
        String where = (at.isEmpty() ? "pack" : "rule " + owner.path("id")) + " " + key;
        JsonNode zh = text.path("zh");
        if (!zh.isTextual() || zh.asText().isBlank()) {
            p.inManifest(t, at + "/" + key, where + " has no zh text");
        } else if (!HAN.matcher(zh.asText()).find()) {
            p.inManifest(t, at + "/" + key + "/zh", where + ": the zh text has no Chinese in it: " + zh);
        }
        JsonNode en = text.path("en");
        if (!en.isTextual() || en.asText().isBlank()) {
            p.inManifest(t, at + "/" + key, where + " has no en text");
        }
    }
}
