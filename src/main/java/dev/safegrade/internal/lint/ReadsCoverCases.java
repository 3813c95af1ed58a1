package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's {@code reads} cover every fact its golden cases show it reading: each pointer a notEvaluated entry of the
 * rule lists as missing, and each fact a finding of the rule shows in its evidence (an evidence key, its dots read as
 * '/', below the finding's path or one of its ancestors, whose value in the case's facts equals the evidence value;
 * values the rule computes, such as S or a score, name no fact and are not looked at). A pointer is covered by a read
 * (list indexes written '*') that equals it, contains it or lies inside it. So the rule pages and explain show the facts
 * that decide a rule, and a reader who supplies the declared facts supplies what the rule asks for. A pointer that
 * another pack's entry at the same path also lists as missing is that pack's: the rule restates its undecided item.
 */
final class ReadsCoverCases extends PackCheck {
    @Override
    public String id() {
        return "reads-cover-cases";
    }

    @Override
    public String description() {
        return "every fact a rule's golden cases show in its evidence or list as missing is covered by the rule's \"reads\"";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode rules = t.manifest().path("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.putIfAbsent(rules.get(i).path("id").asText(), i);
        }
        // rule index → uncovered read pattern → the first case and entry that showed it
        Map<Integer, Map<String, String>> uncovered = new LinkedHashMap<>();
        for (LintTarget.GoldenCase c : t.cases()) {
            if (c.expected() == null) {
                continue;
            }
            for (JsonNode e : c.expected().path("notEvaluated")) {
                Integer i = own(t, e, index);
                if (i != null) {
                    for (JsonNode missing : e.path("missing")) {
                        if (restated(c.expected(), t.id(), e.path("path"), missing)) {
                            continue;
                        }
                        note(rules.get(i), i, missing.asText(), "case " + c.name() + " lists " + missing.asText() + " as missing", uncovered);
                    }
                }
            }
            for (JsonNode f : c.expected().path("findings")) {
                Integer i = own(t, f, index);
                if (i != null) {
                    for (String pointer : evidenceFacts(c.facts(), f.path("path").asText(), f.path("evidence"))) {
                        note(rules.get(i), i, pointer, "case " + c.name() + " shows " + pointer + " in the evidence", uncovered);
                    }
                }
            }
        }
        uncovered.forEach((i, patterns) -> patterns.forEach((pattern, where) -> p.inManifest(t, "/rules/" + i + "/reads",
                "rule " + rules.get(i).path("id").asText() + " reads " + pattern + " but its \"reads\" do not cover it (" + where + ")")));
    }

    private static Integer own(LintTarget t, JsonNode entry, Map<String, Integer> index) {
        JsonNode pack = entry.path("pack");
        if (!pack.isMissingNode() && !pack.asText().equals(t.id())) {
            return null;
        }
        return index.get(entry.path("ruleId").asText());
    }

    /**
     * Whether another pack's entry at the same path lists the pointer as missing too: the rule restates that pack's
     * undecided item (as a register cross-check does), whose facts a pack cannot declare.
     */
    static boolean restated(JsonNode expected, String packId, JsonNode path, JsonNode missing) {
        for (JsonNode other : expected.path("notEvaluated")) {
            JsonNode pack = other.path("pack");
            if (!pack.isMissingNode() && !pack.asText().equals(packId) && other.path("path").equals(path)) {
                for (JsonNode m : other.path("missing")) {
                    if (m.equals(missing)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void note(JsonNode rule, int i, String pointer, String where, Map<Integer, Map<String, String>> uncovered) {
        String pattern = pattern(pointer);
        if (!covered(rule.path("reads"), pattern)) {
            uncovered.computeIfAbsent(i, k -> new LinkedHashMap<>()).putIfAbsent(pattern, where);
        }
    }

    /** The pointer in the form of {@code reads}: each list index written '*'. */
    static String pattern(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    /** A read covers a pattern it equals, contains (a whole object or list) or lies inside (an absent object or list). */
    static boolean covered(JsonNode reads, String pattern) {
        for (JsonNode r : reads) {
            String read = r.asText();
            if (read.equals(pattern) || pattern.startsWith(read + "/") || read.startsWith(pattern + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The pointers of the facts a finding's evidence shows: see the class comment. */
    static List<String> evidenceFacts(JsonNode facts, String path, JsonNode evidence) {
        List<String> out = new ArrayList<>();
        evidence.properties().forEach(e -> {
            if (e.getValue().isNull()) {
                return;
            }
            String key = "/" + e.getKey().replace("~", "~0").replace('.', '/');
            for (String at = path; ; at = at.substring(0, at.lastIndexOf('/'))) {
                JsonNode v = facts.at(at + key);
                if (!v.isMissingNode() && v.equals(e.getValue())) {
                    out.add(at + key);
                    break;
                }
                if (at.isEmpty()) {
                    break;
                }
            }
        });
        return out;
    }
}
