package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.packs.PackSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * pack.json is valid against the pack schema ({@code safegrade schema pack}: id, version, titles, description, where
 * the pack applies, each source with its document, 文号 (empty only when the note says why), confidence and reference,
 * the DRL and table files, each rule with title, message, severity, citations and the facts it reads, the coverage
 * threshold, and no key the schema does not define), every problem told at its place; and what a schema cannot say:
 * the id is the folder's name, the files it names exist, source ids are unique.
 */
final class ManifestComplete extends PackCheck {
    @Override
    public String id() {
        return "manifest-complete";
    }

    @Override
    public String description() {
        return "pack.json is valid against the pack schema (safegrade schema pack), its id is the folder's name, the DRL and table files "
                + "it names exist and its source ids are unique";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonFile file = t.manifestFile();
        if (!file.readable()) {
            p.inFile(t, LintTarget.MANIFEST, file.errorLine(), file.error());
            return;
        }
        JsonNode m = t.manifest();
        List<PackSchema.Problem> problems = PackSchema.validate(m);
        problems.forEach(problem -> p.inManifest(t, problem.pointer(), problem.message()));
        if (!m.isObject()) {
            return;
        }
        String id = m.path("id").asText("");
        boolean idValid = problems.stream().noneMatch(problem -> problem.pointer().equals("/id"));
        if (idValid && !id.equals(t.folderName())) {
            p.inManifest(t, "/id", "/id: expected the pack's folder name \"" + t.folderName() + "\", found \"" + id + "\"");
        }
        checkFilesExist(t, p, m, "drl");
        checkFilesExist(t, p, m, "tables");
        checkSourceIdsUnique(t, p, m.path("sources"));
    }

    private static void checkFilesExist(LintTarget t, Problems p, JsonNode m, String key) {
        JsonNode files = m.path(key);
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i).asText("");
            if (files.get(i).isTextual() && !f.isBlank() && !dev.safegrade.internal.files.ConfinedFile.isRegularFile(t.dir(), f)) {
                p.inManifest(t, "/" + key + "/" + i, "the file \"" + f + "\" does not exist in the pack folder");
            }
        }
    }

    private static void checkSourceIdsUnique(LintTarget t, Problems p, JsonNode sources) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode id = sources.get(i).path("id");
            if (id.isTextual() && !ids.add(id.asText())) {
                p.inManifest(t, "/sources/" + i + "/id", "source id " + id + " appears twice");
            }
        }
    }
}
