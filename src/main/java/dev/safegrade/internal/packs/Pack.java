package dev.safegrade.internal.packs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.GradeInfo;
import dev.safegrade.PackInfo;
import dev.safegrade.RuleInfo;
import java.util.Map;

/**
 * A loaded pack: manifest, DRL sources and tables by their path inside the pack folder, resolved rule
 * metadata, and the sha256 digest of that content (golden cases and docs are not content).
 *
 * @param origin where it was loaded from, for messages: {@code classpath} or a folder
 * @param dir    the pack's folder (inside the jar for shipped packs), where its cases are
 */
public record Pack(PackManifest manifest, Map<String, String> drl, Map<String, JsonNode> tables,
                   Map<String, RuleMeta> rules, String digest, String origin, java.nio.file.Path dir) {

    public String id() {
        return manifest.id();
    }

    /** The pack as the API shows it, with all its rules. */
    public PackInfo info() {
        return info(id -> true);
    }

    /** The pack as the API shows it, with the rules {@code inScope} accepts (by id), in manifest order. */
    public PackInfo info(java.util.function.Predicate<String> inScope) {
        return new PackInfo(manifest.id(), manifest.version(), manifest.title(), digest, manifest.grades().stream()
                .map(g -> new GradeInfo(g.key(), g.order(), g.name(), g.text(), g.labels())).toList(),
                rules.values().stream().filter(r -> inScope.test(r.id()))
                        .map(r -> new RuleInfo(r.id(), r.title(), r.severity(), r.citations())).toList());
    }
}
