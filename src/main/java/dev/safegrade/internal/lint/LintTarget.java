package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pack folder as lint sees it: the raw manifest (so that a broken manifest still gets every problem
 * told, each with its line), the pack as the loader builds it when it can, its DRL, tables and golden cases.
 */
public final class LintTarget {
    static final String MANIFEST = PackLoader.MANIFEST;

    /** A golden case: its facts and, when present and readable, its expected outcome (else null). */
    record GoldenCase(String name, String factsFile, JsonNode facts, JsonNode expected) {
    }

    private final Path dir;
    private final JsonFile manifest;
    private final Pack pack;
    private final PackException loadError;
    private Map<String, JsonFile> tables;
    private Map<String, String> drl;
    private List<GoldenCase> cases;

    private LintTarget(Path dir, JsonFile manifest, Pack pack, PackException loadError) {
        this.dir = dir;
        this.manifest = manifest;
        this.pack = pack;
        this.loadError = loadError;
    }

    static LintTarget load(Path dir, String origin) {
        JsonFile manifest = JsonFile.read(dir, MANIFEST);
        try {
            return new LintTarget(dir, manifest, PackLoader.load(dir, origin), null);
        } catch (PackException e) {
            return new LintTarget(dir, manifest, null, e);
        }
    }

    /**
     * The pack as the loader loaded it: its tables and DRL are those it will run with (lines found by reading the files
     * again, and left out when they changed since).
     */
    static LintTarget of(Pack pack) {
        LintTarget t = new LintTarget(pack.dir(), JsonFile.read(pack.dir(), MANIFEST), pack, null);
        t.tables = new LinkedHashMap<>();
        pack.tables().forEach((file, tree) -> {
            JsonFile disk = JsonFile.read(pack.dir(), file);
            t.tables.put(file, new JsonFile(file, tree, disk.readable() && disk.tree().equals(tree) ? disk.locator() : null, null, 0));
        });
        t.drl = new LinkedHashMap<>(pack.drl());
        return t;
    }

    /** The pack id of the manifest, or the folder name when the manifest has none. */
    public String id() {
        JsonNode id = manifest.tree().path("id");
        return id.isTextual() ? id.asText() : folderName();
    }

    String folderName() {
        return String.valueOf(dir.getFileName()).replaceAll("/$", "");
    }

    Path dir() {
        return dir;
    }

    String display(String file) {
        return dir.resolve(file).toString();
    }

    JsonFile manifestFile() {
        return manifest;
    }

    JsonNode manifest() {
        return manifest.tree();
    }

    int manifestLine(String pointer) {
        return manifest.line(pointer);
    }

    /** The pack as the loader builds it, or null when it cannot (see {@link #loadError()}). */
    Pack pack() {
        return pack;
    }

    PackException loadError() {
        return loadError;
    }

    /** The ids of the rules the manifest describes. */
    Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        manifest().path("rules").forEach(r -> {
            if (r.path("id").isTextual()) {
                ids.add(r.path("id").asText());
            }
        });
        return ids;
    }

    /** The manifest's table files that exist, read. */
    Map<String, JsonFile> tables() {
        if (tables == null) {
            tables = new LinkedHashMap<>();
            for (String file : listed("tables")) {
                if (dev.safegrade.internal.files.ConfinedFile.exists(dir, file)) {
                    tables.put(file, JsonFile.read(dir, file));
                }
            }
        }
        return tables;
    }

    /** The manifest's DRL files that exist, as text. */
    Map<String, String> drl() {
        if (drl == null) {
            drl = new LinkedHashMap<>();
            for (String file : listed("drl")) {
                try {
                    if (dev.safegrade.internal.files.ConfinedFile.exists(dir, file)) {
                        // as the loader reads it: inside the pack folder, a regular file of bounded size (pack-loads tells why not)
                        drl.put(file, new String(dev.safegrade.internal.files.ConfinedFile.read(dir, null, file, dev.safegrade.internal.packs.PackLoader.MAX_FILE_BYTES),
                                StandardCharsets.UTF_8));
                    }
                } catch (dev.safegrade.internal.files.ConfinedFile.Refused e) {
                    // not read: the pack-loads check tells the loader's refusal
                }
            }
        }
        return drl;
    }

    /** The golden cases beside the pack, by name. */
    List<GoldenCase> cases() {
        if (cases == null) {
            cases = new ArrayList<>();
            for (Path facts : GoldenCases.caseFiles(dir)) {
                String name = facts.getFileName().toString();
                name = name.substring(0, name.length() - GoldenCases.FACTS_SUFFIX.length());
                String factsFile = "cases/" + facts.getFileName();
                String expectedFile = "cases/" + name + GoldenCases.EXPECTED_SUFFIX;
                JsonFile expected = Files.exists(dir.resolve(expectedFile)) ? JsonFile.read(dir, expectedFile) : null;
                cases.add(new GoldenCase(name, factsFile, JsonFile.read(dir, factsFile).tree(),
                        expected != null && expected.readable() ? expected.tree() : null));
            }
        }
        return cases;
    }

    /** The file names listed under a key of the manifest (drl, tables). */
    List<String> listed(String key) {
        List<String> files = new ArrayList<>();
        manifest().path(key).forEach(f -> {
            if (f.isTextual()) {
                files.add(f.asText());
            }
        });
        return files;
    }
}
