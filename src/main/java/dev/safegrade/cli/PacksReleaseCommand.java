package dev.safegrade.cli;

import dev.safegrade.PackException;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.versions.PackVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code safegrade packs release DIR}: records each pack's current version and digest in its versions.json. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Record the current version of each pack in DIR, with its digest, in <pack>/versions.json (which is not pack "
                + "content). Refused when the version is already recorded with another digest, or is a smaller bump than the change "
                + "since the last recorded version needs (README, \"Pack versions\").",
                "Exit 0 when every pack's version is recorded, 2 otherwise."})
final class PacksReleaseCommand extends StreamCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A pack folder, or a folder of pack folders (e.g. rules).")
    Path dir;

    @Override
    public Integer call() {
        List<Pack> packs;
        try {
            if (!Files.isDirectory(dir)) {
                throw new PackException("?", dir.toString(), 0, "not a folder of rule packs");
            }
            packs = PackLoader.fromDirectory(dir);
        } catch (PackException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        int code = ExitCode.OK;
        for (Pack pack : packs) {
            PackVersions.Status status;
            try {
                status = PackVersions.record(pack);
            } catch (PackException e) {
                status = new PackVersions.Status(PackVersions.Kind.UNREADABLE, e.getMessage());
            }
            if (status.ok()) {
                streams.out().println(pack.id() + ": " + status.message());
            } else {
                streams.err().println("error: " + pack.dir().resolve(PackLoader.MANIFEST) + ": " + status.message());
                code = ExitCode.INVALID_INPUT;
            }
        }
        return code;
    }
}
