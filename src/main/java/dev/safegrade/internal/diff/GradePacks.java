package dev.safegrade.internal.diff;

import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.packs.PackManifest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which packs declare each report-v1 grade key (pack.json {@code grades}), from the shipped packs' manifests: a
 * report names its packs but not which of them concluded a grade. A key no shipped pack declares (a rule author's
 * own pack) maps to nothing, and any pack change then counts as a reason.
 */
public final class GradePacks {
    private GradePacks() {
    }

    public static Map<String, Set<String>> shipped() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Pack p : PackLoader.shipped()) {
            for (PackManifest.Grade g : p.manifest().grades()) {
                out.computeIfAbsent(g.key(), k -> new TreeSet<>()).add(p.manifest().id());
            }
        }
        return out;
    }
}
