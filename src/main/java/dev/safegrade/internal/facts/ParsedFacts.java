package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.model.Facts;

/**
 * A fact document that passed every check: its JSON tree (never handed out mutable), the bound model, the
 * sha256 of its bytes and where it came from. Its bytes and first line are kept so that a problem found later,
 * where the packs are known ({@link RuleReferences}), is placed at its line and column like any other.
 */
public record ParsedFacts(String source, String digest, JsonNode tree, Facts model, byte[] bytes, int firstLine) {
}
