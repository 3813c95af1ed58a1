package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Text;
import dev.safegrade.internal.packs.PackManifest;
import dev.safegrade.internal.versions.SemVer;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * pack.json has everything a reader, a report and the other checks need: id, version, titles, description,
 * where the pack applies, each source with its document, 文号 (empty only when the source's note says why: the reference
 * does not give it), confidence and where in the domain reference it comes from (an issuer only where the reference
 * gives one: a method has none), the DRL and table files (which exist), each rule with title, message, severity, citations and
 * the facts it reads, and the coverage threshold; and no key the loader does not know (it would ignore a
 * misspelt one).
 */
final class ManifestComplete extends PackCheck {
    private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info", "by-color");
    private static final List<String> COLORS = List.of("RED", "ORANGE", "YELLOW", "BLUE");
    private static final List<String> CONFIDENCES = List.of("confirmed", "secondary", "unconfirmed");
    private static final List<String> SUBJECTS = List.of("enterprise", "park");
    /** A note that speaks of the 文号: the least a source without one must say, so an empty docNumber is never an oversight. */
    private static final Pattern NOTE_ON_DOC_NUMBER = Pattern.compile("文号|docNumber");

    @Override
    public String id() {
        return "manifest-complete";
    }

    @Override
    public String description() {
        return "pack.json names id, version, titles, description, appliesTo, sources (document, 文号 or a note why it is not given, confidence, reference), "
                + "existing DRL and table files, rules (title, message, severity, citations, reads) and coverage.minRuleShare; no unknown keys";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonFile file = t.manifestFile();
        if (!file.readable()) {
            p.inFile(t, LintTarget.MANIFEST, file.errorLine(), file.error());
            return;
        }
        JsonNode m = t.manifest();
        if (!m.isObject()) {
            p.inManifest(t, "", "pack.json must be a JSON object");
            return;
        }
        String id = text(m, "id");
        if (id == null || !PACK_ID.matcher(id).matches()) {
            p.inManifest(t, "/id", "\"id\" must be a lower-case kebab pack id, found " + found(m.path("id")));
        } else if (!id.equals(t.folderName())) {
            p.inManifest(t, "/id", "\"id\" must equal the pack's folder name '" + t.folderName() + "', found \"" + id + "\"");
        }
        if (SemVer.parse(text(m, "version")) == null) {
            p.inManifest(t, "/version", "\"version\" must be a semantic version x.y.z, found " + found(m.path("version")));
        }
        requireObject(t, p, m, "", "title");
        requireObject(t, p, m, "", "description");
        JsonNode subjects = m.path("appliesTo").path("subjects");
        if (!subjects.isArray() || subjects.isEmpty()) {
            p.inManifest(t, "/appliesTo", "\"appliesTo\": {\"subjects\": [...]} must say which subjects the pack applies to (enterprise, park)");
        } else {
            for (int i = 0; i < subjects.size(); i++) {
                if (!SUBJECTS.contains(subjects.get(i).asText())) {
                    p.inManifest(t, "/appliesTo/subjects/" + i, "unknown subject " + subjects.get(i) + " (expected enterprise or park)");
                }
            }
        }
        checkSources(t, p, m.path("sources"));
        checkFiles(t, p, m, "drl", true);
        checkFiles(t, p, m, "tables", false);
        checkRules(t, p, m.path("rules"));
        JsonNode share = m.path("coverage").path("minRuleShare");
        if (!share.isNumber() || share.asDouble() < 0 || share.asDouble() > 1) {
            p.inManifest(t, "/coverage", "\"coverage\": {\"minRuleShare\": 0..1} must set the share of rules that must fire in the golden cases, found "
                    + found(m.path("coverage")));
        }
        checkKeys(t, p, m);
    }

    /** Keys the manifest's records do not have: the loader ignores them, so a misspelt key would silently do nothing. */
    private void checkKeys(LintTarget t, Problems p, JsonNode m) {
        keys(t, p, m, "", PackManifest.class);
        keys(t, p, m.path("appliesTo"), "/appliesTo", PackManifest.AppliesTo.class);
        keys(t, p, m.path("coverage"), "/coverage", PackManifest.Coverage.class);
        for (String text : List.of("title", "description")) {
            keys(t, p, m.path(text), "/" + text, Text.class);
        }
        for (int i = 0; i < m.path("sources").size(); i++) {
            keys(t, p, m.path("sources").get(i), "/sources/" + i, PackManifest.Source.class);
        }
        JsonNode rules = m.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            keys(t, p, rules.get(i), "/rules/" + i, PackManifest.Rule.class);
            keys(t, p, rules.get(i).path("title"), "/rules/" + i + "/title", Text.class);
            keys(t, p, rules.get(i).path("message"), "/rules/" + i + "/message", Text.class);
            for (int c = 0; c < rules.get(i).path("citations").size(); c++) {
                keys(t, p, rules.get(i).path("citations").get(c), "/rules/" + i + "/citations/" + c, PackManifest.Citation.class);
            }
        }
    }

    private static void keys(LintTarget t, Problems p, JsonNode node, String at, Class<? extends Record> type) {
        if (!node.isObject()) {
            return;
        }
        Set<String> known = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            known.add(c.getName());
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                p.inManifest(t, at + "/" + key, "unknown key \"" + key + "\"" + (at.isEmpty() ? "" : " at " + at) + " (known: "
                        + String.join(", ", known) + "); the loader would ignore it");
            }
        });
    }

    private void checkSources(LintTarget t, Problems p, JsonNode sources) {
        if (!sources.isArray() || sources.isEmpty()) {
            p.inManifest(t, "/sources", "\"sources\" must list the documents the pack cites");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode s = sources.get(i);
            String at = "/sources/" + i;
            for (String key : List.of("id", "document", "reference")) {
                requireText(t, p, s, at, key);
            }
            if (text(s, "docNumber") == null && !NOTE_ON_DOC_NUMBER.matcher(s.path("note").asText("")).find()) {
                p.inManifest(t, at, "\"docNumber\" is required (a non-empty string) at " + at + ", unless the source's \"note\" says why "
                        + "the 文号 is not given (mentioning 文号 or docNumber)");
            }
            if (!CONFIDENCES.contains(s.path("confidence").asText())) {
                p.inManifest(t, at + "/confidence", "source \"confidence\" must be confirmed, secondary or unconfirmed (the domain reference's tag), found "
                        + found(s.path("confidence")));
            }
            String id = text(s, "id");
            if (id != null && !ids.add(id)) {
                p.inManifest(t, at + "/id", "source id \"" + id + "\" appears twice");
            }
        }
    }

    private void checkFiles(LintTarget t, Problems p, JsonNode m, String key, boolean required) {
        JsonNode files = m.path(key);
        if (files.isMissingNode() && !required) {
            return;
        }
        if (!files.isArray() || (required && files.isEmpty())) {
            p.inManifest(t, "/" + key, "\"" + key + "\" must list the pack's " + key + " files");
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i).asText("");
            if (f.isBlank() || !Files.isRegularFile(t.dir().resolve(f))) {
                p.inManifest(t, "/" + key + "/" + i, "the file \"" + f + "\" does not exist in the pack folder");
            }
        }
    }

    private void checkRules(LintTarget t, Problems p, JsonNode rules) {
        if (!rules.isArray() || rules.isEmpty()) {
            p.inManifest(t, "/rules", "\"rules\" must describe the pack's rules");
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            JsonNode r = rules.get(i);
            String at = "/rules/" + i;
            requireText(t, p, r, at, "id");
            requireObject(t, p, r, at, "title");
            requireObject(t, p, r, at, "message");
            if (!SEVERITIES.contains(r.path("severity").asText())) {
                p.inManifest(t, at + "/severity", "\"severity\" must be one of " + SEVERITIES + ", found " + found(r.path("severity")));
            }
            if (r.has("color") && !COLORS.contains(r.path("color").asText())) {
                p.inManifest(t, at + "/color", "\"color\" must be one of " + COLORS + ", found " + r.path("color"));
            }
            JsonNode citations = r.path("citations");
            if (!citations.isArray() || citations.isEmpty()) {
                p.inManifest(t, at, "rule " + r.path("id") + " needs at least one citation");
            } else {
                for (int c = 0; c < citations.size(); c++) {
                    requireText(t, p, citations.get(c), at + "/citations/" + c, "source");
                    requireText(t, p, citations.get(c), at + "/citations/" + c, "clause");
                }
            }
            JsonNode reads = r.path("reads");
            if (!reads.isArray() || reads.isEmpty()) {
                p.inManifest(t, at, "rule " + r.path("id") + " needs \"reads\": the JSON Pointers of the facts it reads (* for list indexes)");
            }
        }
    }

    private static void requireText(LintTarget t, Problems p, JsonNode node, String at, String key) {
        if (text(node, key) == null) {
            p.inManifest(t, at, "\"" + key + "\" is required (a non-empty string)" + (at.isEmpty() ? "" : " at " + at));
        }
    }

    private static void requireObject(LintTarget t, Problems p, JsonNode node, String at, String key) {
        if (!node.path(key).isObject()) {
            p.inManifest(t, at.isEmpty() ? "/" + key : at, "\"" + key + "\" {zh, en} is required" + (at.isEmpty() ? "" : " at " + at));
        }
    }

    /** A value as a message shows it; "nothing" for an absent one. */
    static String found(JsonNode v) {
        return v.isMissingNode() ? "nothing" : v.toString();
    }

    static String text(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
