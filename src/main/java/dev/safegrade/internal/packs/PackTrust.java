package dev.safegrade.internal.packs;

import dev.safegrade.PackException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The caller's decision to run the rules of pack folders: a folder pack's DRL is code that runs in this process, so
 * loading one is explicit, either for every folder pack ({@code all}) or per pack by its digest ({@code pinned}: pack id
 * → {@code sha256:…}, the digest reports print in {@code packs[].digest}). Shipped packs need no decision.
 */
public record PackTrust(boolean all, Map<String, String> pinned) {
    public static final PackTrust NONE = new PackTrust(false, Map.of());

    public PackTrust {
        pinned = Map.copyOf(pinned);
    }

    /**
     * @param folderPacks the packs loaded from folders (not the shipped ones)
     * @throws PackException for a folder pack neither trusted nor pinned, a pinned one whose digest differs, or a pin
     *                       that names no folder pack
     */
    public void check(List<Pack> folderPacks) {
        TreeSet<String> unused = new TreeSet<>(pinned.keySet());
        for (Pack p : folderPacks) {
            String pin = pinned.get(p.id());
            unused.remove(p.id());
            if (pin != null) {
                if (!pin.equals(p.digest())) {
                    throw new PackException(p.id(), "pack.json", 0, "the pack in " + p.origin() + " has digest " + p.digest()
                            + ", not the pinned " + pin + ": it changed since it was pinned; review it and pin its new digest");
                }
            } else if (!all) {
                throw new PackException(p.id(), "pack.json", 0, "the pack in " + p.origin() + " is not trusted: a pack folder's rules run as "
                        + "code in this process, so loading one is a decision: give --trust-packs, or pin this pack with --pack-digest "
                        + p.id() + "=" + p.digest() + " (API: SafeGrade.Builder.trustPacks() or packDigest(id, digest))");
            }
        }
        if (!unused.isEmpty()) {
            throw new PackException(unused.first(), null, 0, "a digest is pinned for this pack, but no pack folder given has it");
        }
    }
}
