package dev.safegrade.internal.lint;

import dev.safegrade.internal.versions.PackVersions;

/**
 * A pack's version changes whenever its content (and so its digest) does: the version in pack.json is recorded
 * in versions.json with the current digest. Otherwise the problem says which files changed, which bump the
 * change needs (README, "Pack versions") and how to record the new version.
 */
final class VersionRecorded extends PackCheck {
    @Override
    public String id() {
        return "version-recorded";
    }

    @Override
    public String description() {
        return "the pack's version is recorded in versions.json with its current digest (else: which files changed and which bump)";
    }

    @Override
    void check(LintTarget t, Problems p) {
        if (t.pack() == null) {
            return;
        }
        PackVersions.Status status = PackVersions.check(t.pack());
        if (!status.ok()) {
            p.inManifest(t, "/version", status.message());
        }
    }
}
