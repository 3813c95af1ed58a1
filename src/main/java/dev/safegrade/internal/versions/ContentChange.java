package dev.safegrade.internal.versions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between a recorded pack version and the pack now, and the bump that needs (README, "Pack
 * versions"): major when a verdict can change (a rule removed; a table changed or removed; DRL changed or
 * removed without adding rules; a rule's severity, colour or effective dates; where the pack applies),
 * minor when rules were added (with the DRL and tables they need), patch for anything else in pack.json
 * (titles, messages, citations, notes).
 *
 * @param changedFiles content files added, removed or changed, each marked {@code +}, {@code -} or {@code ~}
 * @param reasons      why the bump is needed, most serious first
 */
public record ContentChange(Bump bump, List<String> changedFiles, List<String> reasons) {

    public static ContentChange between(VersionRecord before, VersionRecord now) {
        List<String> major = new ArrayList<>();
        List<String> minor = new ArrayList<>();
        List<String> patch = new ArrayList<>();
        Set<String> removedRules = minus(before.rules().keySet(), now.rules().keySet());
        Set<String> addedRules = minus(now.rules().keySet(), before.rules().keySet());
        if (!removedRules.isEmpty()) {
            major.add("rules removed: " + String.join(", ", removedRules));
        }
        if (!addedRules.isEmpty()) {
            minor.add("rules added: " + String.join(", ", addedRules));
        }
        for (String id : before.rules().keySet()) {
            JsonNode was = before.rules().get(id);
            JsonNode is = now.rules().get(id);
            if (is != null && !is.equals(was)) {
                major.add("rule " + id + " changed " + fieldsChanged(was, is));
            }
        }
        if (!before.scope().equals(now.scope())) {
            major.add("where the pack applies changed (appliesTo or profiles)");
        }

        List<String> files = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(before.files().keySet());
        all.addAll(now.files().keySet());
        for (String file : all) {
            String was = before.files().get(file);
            String is = now.files().get(file);
            if (was != null && was.equals(is)) {
                continue;
            }
            char mark = was == null ? '+' : is == null ? '-' : '~';
            files.add(mark + file);
            boolean drl = file.endsWith(".drl");
            if (file.equals("pack.json")) {
                patch.add("pack.json changed (wording, citations or other metadata)");
            } else if (mark == '-') {
                major.add((drl ? "DRL " : "table ") + file + " removed");
            } else if (!drl && mark == '~') {
                major.add("table " + file + " changed (thresholds or bands)");
            } else if (addedRules.isEmpty()) {
                major.add((drl ? "DRL " : "table ") + file + (mark == '+' ? " added" : " changed") + " without adding rules (logic changed)");
            } else {
                minor.add((drl ? "DRL " : "table ") + file + (mark == '+' ? " added" : " changed")
                        + " with the added rules (if it also changes how existing rules decide, bump major)");
            }
        }
        Bump bump = !major.isEmpty() ? Bump.MAJOR : !minor.isEmpty() ? Bump.MINOR : Bump.PATCH;
        List<String> reasons = new ArrayList<>(major);
        reasons.addAll(minor);
        reasons.addAll(patch);
        return new ContentChange(bump, List.copyOf(files), List.copyOf(reasons));
    }

    private static String fieldsChanged(JsonNode was, JsonNode is) {
        List<String> parts = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>();
        was.fieldNames().forEachRemaining(keys::add);
        is.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            if (!was.path(k).equals(is.path(k))) {
                parts.add(k + " " + was.path(k) + " -> " + is.path(k));
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
