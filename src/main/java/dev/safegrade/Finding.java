package dev.safegrade;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One conclusion of one rule about one element of the fact document.
 *
 * @param ruleId    the rule's stable id, e.g. {@code MHC-CHEM-2017-05}
 * @param pack      the id of the pack the rule belongs to
 * @param severity  fixed per kind of finding (report-v1)
 * @param color     the four-colour level where the finding carries one, else null (risk points, the enterprise
 *                  colour, and rules of a fixed colour carry one; most findings do not)
 * @param title     what the rule checks
 * @param message   what it found here
 * @param path      RFC 6901 JSON Pointer to the element the finding is about
 * @param evidence  the fact values the rule used, in the order the rule gave them
 * @param citations at least one
 */
public record Finding(String ruleId, String pack, Severity severity, RiskColor color, Text title, Text message,
                      String path, Map<String, Object> evidence, List<Citation> citations) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        evidence = dev.safegrade.internal.json.ImmutableTree.copyOfMap(evidence);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("finding " + ruleId + " has no citation");
        }
    }

    /** True when any citation rests on an unconfirmed source; such findings say so wherever they are shown. */
    public boolean unconfirmed() {
        return citations.stream().anyMatch(c -> c.confidence() == Confidence.UNCONFIRMED);
    }
}
