package dev.safegrade.cli;

import dev.safegrade.SafeGrade;
import java.nio.file.Path;
import dev.safegrade.internal.facts.RuleReferences;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which packs to use: the shipped ones, plus or instead of a rule author's folder. */
final class PackOptions {
    @Option(names = "--packs", paramLabel = "DIR",
            description = "Also load the packs in DIR (one pack folder, or a folder of them); a pack there replaces the shipped pack of the same id. DRL is compiled at start.")
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

    SafeGrade.Builder builder() {
        SafeGrade.Builder b = SafeGrade.builder();
        if (packDir != null) {
            b.packDirectory(packDir);
        }
        if (!only.isEmpty()) {
            b.packs(only.toArray(String[]::new));
        }
        return b;
    }
}
