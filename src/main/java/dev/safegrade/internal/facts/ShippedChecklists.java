package dev.safegrade.internal.facts;

import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.tables.ParkChecklist;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 导则 checklist tables of the shipped packs, by edition: the same data the park-risk pack scores with,
 * read so that a score the reference does not allow is rejected as invalid input before anything is evaluated.
 */
final class ShippedChecklists {
    private static final class Holder {
        static final Map<String, ParkChecklist> BY_EDITION = load();
    }

    private ShippedChecklists() {
    }

    /** The checklist of {@code edition} ({@code park.checklistEdition}), if a shipped pack has one. */
    static Optional<ParkChecklist> of(String edition) {
        return Optional.ofNullable(Holder.BY_EDITION.get(edition));
    }

    private static Map<String, ParkChecklist> load() {
        Map<String, ParkChecklist> byEdition = new HashMap<>();
        for (Pack pack : PackLoader.shipped()) {
            pack.tables().forEach((file, json) -> {
                if ("park-checklist".equals(json.path("kind").asText())) {
                    ParkChecklist c = ParkChecklist.fromJson(pack.id(), file, json);
                    ParkChecklist clash = byEdition.putIfAbsent(c.getEdition(), c);
                    if (clash != null) {
                        throw new IllegalStateException("two shipped checklists of edition " + c.getEdition() + ": "
                                + clash.getTable() + " and " + c.getTable());
                    }
                }
            });
        }
        return Map.copyOf(byEdition);
    }
}
