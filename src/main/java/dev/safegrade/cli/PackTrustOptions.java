package dev.safegrade.cli;

import dev.safegrade.internal.packs.PackTrust;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The decision to run the rules of pack folders (see README, "What a pack can do"). */
final class PackTrustOptions {
    @Option(names = "--trust-packs", description = "Run the rules of the pack folders given (DRL is code that runs in this process): without "
            + "this or --pack-digest a pack folder is refused. Shipped packs need neither. Trusted or not, a pack's compiled rules are "
            + "checked against an allow-list (no file, network, process, reflection, thread or clock) and its tables as by packs lint.")
    boolean all;

    @Option(names = "--pack-digest", paramLabel = "ID=DIGEST", description = "Trust the folder's pack ID only with this content digest "
            + "(sha256:…, as reports print it in packs[].digest and the refusal tells it); repeatable.")
    Map<String, String> pinned = new LinkedHashMap<>();

    PackTrust trust() {
        return new PackTrust(all, pinned);
    }
}
