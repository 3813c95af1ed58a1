package dev.safegrade.cli;

import dev.safegrade.SafeGrade;
import java.nio.file.Path;
import dev.safegrade.internal.facts.RuleReferences;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.packs.PackTrust;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which packs to use: the shipped ones, plus or instead of a rule author's folder. */
final class PackOptions {
    @Option(names = "--packs", paramLabel = "DIR",
            description = "Also load the packs in DIR (one pack folder, or a folder of them); a pack there replaces the shipped pack of the same id. DRL is compiled at start. To run them, give --trust-packs or --pack-digest.")
    Path packDir;

    @Option(names = "--pack", paramLabel = "ID", description = "Use only this pack (repeatable). Default: all packs.")
    List<String> only = List.of();

    /** The packs these options select, loaded but not compiled. */
    List<Pack> load() {
        return PackLoader.select(true, packDir == null ? List.of() : List.of(packDir), only);
    }

    /** The rule ids of every pack these options load, chosen with {@code --pack} or not: the ids a document may name. */
    Set<String> ruleIds() {
        return RuleReferences.idsOf(PackLoader.available(true, packDir == null ? List.of() : List.of(packDir)));
    }

    /** The packs these options select, to run their rules: a pack folder's must be trusted (and pass the load checks). */
    List<Pack> loadToRun(PackTrust trust) {
        return PackLoader.select(PackLoader.available(true, packDir == null ? List.of() : List.of(packDir), trust), only);
    }

    SafeGrade.Builder builder(PackTrust trust) {
        SafeGrade.Builder b = SafeGrade.builder();
        if (packDir != null) {
            b.packDirectory(packDir);
        }
        if (trust.all()) {
            b.trustPacks();
        }
        trust.pinned().forEach(b::packDigest);
        if (!only.isEmpty()) {
            b.packs(only.toArray(String[]::new));
        }
        return b;
    }
}
