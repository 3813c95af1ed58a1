package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A table kind that holds no bands, registered as such with the reason, so that only a kind someone has looked at
 * skips the band checks and a new kind still needs a {@link TableKindCheck}. Its rows are checked where the engine
 * reads them (the pack loader, and pack-loads when it refuses them).
 *
 * @param reason one line: why the kind has no domain for bands to cover
 */
record NoBands(String kind, String reason) implements TableKindCheck {
    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        // no bands: nothing to cover without gap or overlap
    }
}
