package dev.safegrade.internal.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.report.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <pack>/versions.json}: the released versions of a pack, each with the {@link VersionRecord} of its
 * content. It sits beside the manifest but is not content (not in the digest), so recording a version does
 * not change it. A pack's version must change whenever its digest does; {@link #check} says whether it did
 * and which bump the change needs.
 */
public final class PackVersions {
    public static final String FILE = "versions.json";

    /** Where a pack's version stands against its record; {@code ok()} when recorded with the current digest. */
    public record Status(Kind kind, String message) {
        public boolean ok() {
            return kind == Kind.RECORDED;
        }
    }

    public enum Kind {
        /** Recorded with the current digest. */
        RECORDED,
        /** A new version, bumped enough, not recorded yet: {@link #record} will record it. */
        NOT_RECORDED,
        /** Recorded with another digest: the content changed and the version did not. */
        CHANGED_SINCE_RECORDED,
        /** A new version, but a smaller bump than the change needs, or below a recorded one. */
        BUMP_TOO_SMALL,
        /** versions.json cannot be read, or the version is not x.y.z. */
        UNREADABLE
    }

    private PackVersions() {
    }

    /** The recorded versions of the pack folder, in version order; empty when it has no versions.json. */
    public static TreeMap<SemVer, VersionRecord> read(Path packDir, String packId) {
        TreeMap<SemVer, VersionRecord> out = new TreeMap<>();
        Path file = packDir.resolve(FILE);
        if (!Files.exists(file)) {
            return out;
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new PackException(packId, FILE, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || !tree.isObject()) {
            throw new PackException(packId, FILE, 1, "expected an object of versions");
        }
        for (Map.Entry<String, JsonNode> e : tree.properties()) {
            SemVer v = SemVer.parse(e.getKey());
            if (v == null || !e.getValue().path("digest").isTextual()) {
                throw new PackException(packId, FILE, 0, "\"" + e.getKey() + "\" must be a semantic version holding a digest");
            }
            out.put(v, VersionRecord.fromJson(e.getValue()));
        }
        return out;
    }

    public static Status check(Pack pack) {
        SemVer version = SemVer.parse(pack.manifest().version());
        TreeMap<SemVer, VersionRecord> recorded;
        try {
            recorded = read(pack.dir(), pack.id());
        } catch (PackException e) {
            return new Status(Kind.UNREADABLE, e.getMessage());
        }
        if (version == null) {
            return new Status(Kind.UNREADABLE, "version \"" + pack.manifest().version() + "\" is not a semantic version");
        }
        VersionRecord now = VersionRecord.of(pack);
        String release = "record it with `safegrade packs release " + releaseDir(pack) + "`";
        VersionRecord same = recorded.get(version);
        if (same != null) {
            if (same.digest().equals(now.digest())) {
                return new Status(Kind.RECORDED, "version " + version + " is recorded with digest " + now.digest());
            }
            ContentChange change = ContentChange.between(same, now);
            SemVer next = recorded.lastKey().next(change.bump());
            return new Status(Kind.CHANGED_SINCE_RECORDED, "the content changed since version " + version + " was recorded ("
                    + String.join(", ", change.changedFiles()) + "), and a released version never changes: "
                    + describe(change) + "; set \"version\" to " + next + " and " + release);
        }
        Map.Entry<SemVer, VersionRecord> base = recorded.lowerEntry(version);
        if (base == null) {
            if (!recorded.isEmpty()) {
                return new Status(Kind.BUMP_TOO_SMALL, "version " + version + " is below the first recorded version "
                        + recorded.firstKey() + "; set \"version\" to " + recorded.lastKey().next(Bump.MAJOR) + " or above");
            }
            return new Status(Kind.NOT_RECORDED, "version " + version + " is not recorded (no " + FILE + " entry yet); " + release);
        }
        if (recorded.higherKey(version) != null) {
            return new Status(Kind.BUMP_TOO_SMALL, "version " + version + " is below the recorded version " + recorded.lastKey()
                    + "; versions only go up: set \"version\" above " + recorded.lastKey());
        }
        ContentChange change = ContentChange.between(base.getValue(), now);
        Bump made = version.bumpFrom(base.getKey());
        if (!base.getValue().digest().equals(now.digest()) && made.compareTo(change.bump()) < 0) {
            return new Status(Kind.BUMP_TOO_SMALL, "version " + version + " is a " + made.id() + " bump from " + base.getKey()
                    + ", but the changes since (" + String.join(", ", change.changedFiles()) + ") are " + describe(change)
                    + "; set \"version\" to " + base.getKey().next(change.bump()));
        }
        return new Status(Kind.NOT_RECORDED, "version " + version + " is not recorded in " + FILE + "; " + release);
    }

    /** Records the pack's current version when {@link #check} allows it; returns the check's status. */
    public static Status record(Pack pack) {
        Status status = check(pack);
        if (status.kind() != Kind.NOT_RECORDED) {
            return status;
        }
        TreeMap<SemVer, VersionRecord> recorded = read(pack.dir(), pack.id());
        recorded.put(SemVer.parse(pack.manifest().version()), VersionRecord.of(pack));
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        recorded.forEach((v, r) -> o.set(v.toString(), r.toJson()));
        try {
            Files.writeString(pack.dir().resolve(FILE), ReportJson.pretty(o), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Status(Kind.RECORDED, "recorded " + pack.id() + " " + pack.manifest().version() + " with digest " + pack.digest());
    }

    private static String describe(ContentChange change) {
        return "a " + change.bump().id() + " change (" + String.join("; ", change.reasons()) + ")";
    }

    /** Where the author records a version: the pack's folder, or for a shipped pack its folder in the project. */
    private static String releaseDir(Pack pack) {
        return "classpath".equals(pack.origin()) ? "rules/" + pack.id() : pack.dir().toString();
    }
}
