package dev.safegrade.internal.versions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.packs.RuleMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What {@code versions.json} remembers of a released pack version: its digest, the sha256 of each content
 * file (to say which files changed; pack.json's without its version), what decides where the pack applies
 * ({@code scope}: appliesTo and profiles), and for each rule what shapes its verdicts besides the logic
 * (severity, colour, effective dates).
 * Enough to tell, later, which bump a change needs.
 */
public record VersionRecord(String digest, JsonNode scope, Map<String, JsonNode> rules, Map<String, String> files) {
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"[^\"]*\"");

    /** The record of the pack as it is now. */
    public static VersionRecord of(Pack pack) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode scope = f.objectNode();
        scope.set("appliesTo", Json.mapper().valueToTree(pack.manifest().appliesTo()));
        scope.set("profiles", Json.mapper().valueToTree(pack.manifest().profiles()));
        Map<String, JsonNode> rules = new TreeMap<>();
        for (RuleMeta r : pack.rules().values()) {
            ObjectNode n = f.objectNode();
            n.put("severity", r.severity() == null ? "by-color" : r.severity().id());
            n.put("color", r.color() == null ? null : r.color().name());
            n.put("effectiveFrom", r.effectiveFrom() == null ? null : r.effectiveFrom().toString());
            n.put("effectiveTo", r.effectiveTo() == null ? null : r.effectiveTo().toString());
            rules.put(r.id(), n);
        }
        Map<String, String> files = new TreeMap<>();
        files.put(PackLoader.MANIFEST, sha256(withoutVersion(read(pack, PackLoader.MANIFEST))));
        pack.manifest().drl().forEach(file -> files.put(file, sha256(read(pack, file))));
        pack.manifest().tables().forEach(file -> files.put(file, sha256(read(pack, file))));
        return new VersionRecord(pack.digest(), scope, rules, files);
    }

    static VersionRecord fromJson(JsonNode n) {
        Map<String, JsonNode> rules = new TreeMap<>();
        n.path("rules").properties().forEach(e -> rules.put(e.getKey(), e.getValue()));
        Map<String, String> files = new TreeMap<>();
        n.path("files").properties().forEach(e -> files.put(e.getKey(), e.getValue().asText()));
        return new VersionRecord(n.path("digest").asText(null), n.path("scope"), rules, files);
    }

    ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("digest", digest);
        o.set("scope", scope);
        ObjectNode r = o.putObject("rules");
        rules.forEach(r::set);
        ObjectNode fs = o.putObject("files");
        files.forEach(fs::put);
        return o;
    }

    /** pack.json with its version blanked: bumping the version is not itself a change of the manifest. */
    private static byte[] withoutVersion(byte[] manifest) {
        String text = new String(manifest, StandardCharsets.UTF_8);
        return VERSION.matcher(text).replaceFirst("\"version\": \"\"").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Pack pack, String file) {
        try {
            return Files.readAllBytes(pack.dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
