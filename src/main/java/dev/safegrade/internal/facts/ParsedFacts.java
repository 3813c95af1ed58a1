package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.model.Facts;

/**
 * A fact document that passed every check: its JSON tree (never handed out mutable), the bound model, the
 * sha256 of its bytes and where it came from.
 */
public record ParsedFacts(String source, String digest, JsonNode tree, Facts model) {
}
