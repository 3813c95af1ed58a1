package dev.safegrade.cli;

import dev.safegrade.PackException;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The {@code [DIR]} of the rule authors' commands: a pack folder or a folder of packs; by default the shipped packs. */
final class PackDir {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "A pack folder, or a folder of pack folders (e.g. rules). Default: the packs shipped in the jar.")
    Path dir;

    /** The pack folders, without loading them. */
    List<Path> folders() {
        List<Path> folders = PackLoader.packFolders(root());
        if (folders.isEmpty()) {
            throw new PackException("?", root().toString(), 0, "no pack folder (one holding pack.json) here");
        }
        return folders;
    }

    /** The packs, loaded (manifests and files checked, DRL not compiled). */
    List<Pack> load() {
        List<Pack> packs = dir == null ? PackLoader.shipped() : PackLoader.fromDirectory(root());
        if (packs.isEmpty()) {
            throw new PackException("?", root().toString(), 0, "no pack folder (one holding pack.json) here");
        }
        return packs;
    }

    /** The packs, loaded to run their rules (golden cases): a folder's must be trusted, and pass the load checks. */
    List<Pack> loadToRun(dev.safegrade.internal.packs.PackTrust trust) {
        if (dir == null) {
            return load();
        }
        List<Pack> packs = load();
        trust.check(packs);
        packs.forEach(p -> dev.safegrade.internal.packs.FolderPackCheck.all().forEach(c -> c.check(p)));
        return packs;
    }

    /** How the loader names where the packs come from. */
    String origin() {
        return dir == null ? "classpath" : dir.toString();
    }

    /** A single pack folder rather than a folder of packs. */
    boolean singlePack() {
        return dir != null && Files.exists(dir.resolve(PackLoader.MANIFEST));
    }

    private Path root() {
        if (dir == null) {
            return PackLoader.shippedRoot();
        }
        if (!Files.isDirectory(dir)) {
            throw new PackException("?", dir.toString(), 0, "not a folder of rule packs");
        }
        return dir;
    }
}
