package dev.safegrade.internal.engine;

import dev.safegrade.PackException;
import dev.safegrade.internal.packs.Pack;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.KieFileSystem;

/** Writes a pack's DRL into a KieFileSystem where Drools expects it: under its package's folder. */
final class DrlSources {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    private DrlSources() {
    }

    /** Writes the files and adds, for each, its resource path → {pack, file} to {@code written} (may be null). */
    static void write(Pack pack, KieFileSystem kfs, Map<String, String[]> written) {
        String expectedPackage = CompiledPacks.drlPackageOf(pack.id());
        pack.drl().forEach((file, text) -> {
            Matcher m = PACKAGE.matcher(text);
            if (!m.find() || !m.group(1).equals(expectedPackage)) {
                throw new PackException(pack.id(), file, 0, "a DRL file of this pack must declare 'package " + expectedPackage + ";'");
            }
            String resource = expectedPackage.replace('.', '/') + "/" + file.replace('/', '_');
            kfs.write("src/main/resources/" + resource, text);
            if (written != null) {
                written.put(resource, new String[] {pack.id(), file});
            }
        });
    }

    static void write(Pack pack, KieFileSystem kfs) {
        write(pack, kfs, null);
    }
}
