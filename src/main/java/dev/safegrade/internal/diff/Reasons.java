package dev.safegrade.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why something changed between the two reports of one subject, from what differs between the reports: the packs
 * (version, digest, added, removed), the fact document (its digest, and when both documents can be read, the
 * pointers that changed), and the date. The fact documents are read once per subject, and only when their digests
 * differ.
 */
final class Reasons {
    private final ReportSummary before;
    private final ReportSummary after;
    private final List<Reason.PackChange> packChanges = new ArrayList<>();
    private final boolean factsDiffer;
    private final boolean asOfMoved;
    private final FactSources sources;
    private final Path beforeFacts;
    private final Path afterFacts;
    /** The changed pointers, once read; null until then, and when the documents cannot be read. */
    private List<String> changedPointers;
    private boolean pointersTried;
    /** The new fact document (the old one when the new has none of the element), once read. */
    private JsonNode afterTree;
    private JsonNode beforeTree;

    Reasons(ReportSummary before, ReportSummary after, FactSources sources, Path beforeFacts, Path afterFacts) {
        this.before = before;
        this.after = after;
        this.sources = sources;
        this.beforeFacts = beforeFacts;
        this.afterFacts = afterFacts;
        Set<String> ids = new TreeSet<>(before.packs().keySet());
        ids.addAll(after.packs().keySet());
        for (String id : ids) {
            ReportSummary.PackRef b = before.packs().get(id);
            ReportSummary.PackRef a = after.packs().get(id);
            if (!Objects.equals(b, a)) {
                packChanges.add(new Reason.PackChange(id, b, a));
            }
        }
        factsDiffer = !Objects.equals(before.digest(), after.digest());
        asOfMoved = !Objects.equals(before.asOf(), after.asOf());
    }

    /**
     * @param packIds the packs the change depends on; null when they cannot be told (any pack change counts)
     * @param ruleId  the finding's rule, or null for a grade
     * @param path    the finding's path, or null for a grade (which has no one path)
     */
    List<Reason> of(Set<String> packIds, String ruleId, String path) {
        List<Reason> out = new ArrayList<>();
        List<Reason.PackChange> packs = packChanges.stream().filter(c -> packIds == null || packIds.contains(c.id())).toList();
        if (!packs.isEmpty()) {
            out.add(new Reason.Packs(packs, ruleId));
        }
        Reason.Facts facts = factsDiffer ? facts(path) : null;
        if (facts != null) {
            out.add(facts);
        }
        // The date explains a change only when nothing more direct does: no pack of it changed, and no fact at its path.
        if (asOfMoved && packs.isEmpty() && (facts == null || facts.scope().equals("elsewhere"))) {
            out.add(new Reason.AsOf(before.asOf(), after.asOf()));
        }
        if (out.isEmpty()) {
            out.add(new Reason.Unexplained());
        }
        return out;
    }

    private Reason.Facts facts(String path) {
        List<String> changed = changedPointers();
        if (changed == null) {
            return new Reason.Facts("unavailable", List.of(), 0);
        }
        if (path == null) {
            return capped("document", changed);
        }
        List<String> touching = changed.stream().filter(c -> FactChanges.touches(c, path)).toList();
        return touching.isEmpty() ? capped("elsewhere", changed) : capped("path", touching);
    }

    /**
     * The path of the element a grade is about, when it is one: a risk point's colour is about the risk point of
     * that id ({@code riskPoints[RP08].color} → {@code /enterprise/riskPoints/7}), found in the fact documents. Null
     * for the other grades, which conclude over the whole document, and when the documents cannot be read.
     */
    String gradePath(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("riskPoints\\[(.*)\\]\\.color").matcher(name);
        if (!m.matches() || !factsDiffer || changedPointers() == null) {
            return null;
        }
        for (JsonNode doc : new JsonNode[] {afterTree, beforeTree}) {
            for (String subject : new String[] {"enterprise", "park"}) {
                JsonNode points = doc.path(subject).path("riskPoints");
                for (int i = 0; i < points.size(); i++) {
                    if (points.get(i).path("id").asText().equals(m.group(1))) {
                        return "/" + subject + "/riskPoints/" + i;
                    }
                }
            }
        }
        return null;
    }

    private static Reason.Facts capped(String scope, List<String> pointers) {
        int n = Math.min(pointers.size(), Reason.Facts.LIMIT);
        return new Reason.Facts(scope, List.copyOf(pointers.subList(0, n)), pointers.size() - n);
    }

    private List<String> changedPointers() {
        if (!pointersTried) {
            pointersTried = true;
            beforeTree = tree(sources.bytesOf(before, beforeFacts));
            afterTree = beforeTree == null ? null : tree(sources.bytesOf(after, afterFacts));
            changedPointers = afterTree == null ? null : FactChanges.between(beforeTree, afterTree);
        }
        return changedPointers;
    }

    private static JsonNode tree(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(bytes);
        } catch (IOException e) {
            return null; // its digest matched a report, so it was JSON when evaluated; unreadable now means unavailable
        }
    }
}
