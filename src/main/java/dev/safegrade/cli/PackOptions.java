package dev.safegrade.cli;

import dev.safegrade.SafeGrade;
import java.nio.file.Path;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Pack> byId = new LinkedHashMap<>();
        PackLoader.shipped().forEach(p -> byId.put(p.id(), p));
        if (packDir != null) {
            PackLoader.fromDirectory(packDir).forEach(p -> byId.put(p.id(), p));
        }
        if (only.isEmpty()) {
            return List.copyOf(byId.values());
        }
        return only.stream().map(id -> {
            Pack p = byId.get(id);
            if (p == null) {
                throw new IllegalArgumentException("unknown pack '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
            }
            return p;
        }).toList();
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
