package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every citation of a rule, and the source a table names, is one of the manifest's source documents, with a
 * clause; a citation's own confidence is a known tag; and every source listed is cited by something.
 */
final class CitationResolves extends PackCheck {
    private static final List<String> CONFIDENCES = List.of("confirmed", "secondary", "unconfirmed");

    @Override
    public String id() {
        return "citation-resolves";
    }

    @Override
    public String description() {
        return "every citation (and every table's source) names a source of pack.json and a clause; every source is cited";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode m = t.manifest();
        Set<String> sources = new LinkedHashSet<>();
        m.path("sources").forEach(s -> sources.add(s.path("id").asText()));
        Set<String> cited = new HashSet<>();
        JsonNode rules = m.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode citations = rules.get(i).path("citations");
            for (int c = 0; c < citations.size(); c++) {
                JsonNode citation = citations.get(c);
                String at = "/rules/" + i + "/citations/" + c;
                String source = citation.path("source").asText();
                cited.add(source);
                if (!sources.contains(source)) {
                    p.inManifest(t, at + "/source", "rule " + rules.get(i).path("id") + " cites \"" + source
                            + "\", which is not a source of pack.json (sources: " + String.join(", ", sources) + ")");
                }
                if (citation.path("clause").asText("").isBlank()) {
                    p.inManifest(t, at, "rule " + rules.get(i).path("id") + " cites " + source + " without a clause");
                }
                if (citation.has("confidence") && !CONFIDENCES.contains(citation.path("confidence").asText())) {
                    p.inManifest(t, at + "/confidence", "citation confidence must be confirmed, secondary or unconfirmed, found "
                            + citation.path("confidence"));
                }
            }
        }
        for (Map.Entry<String, JsonFile> table : t.tables().entrySet()) {
            JsonNode source = table.getValue().tree().path("source");
            if (source.isMissingNode()) {
                continue;
            }
            cited.add(source.asText());
            if (!sources.contains(source.asText())) {
                p.inFile(t, table.getKey(), table.getValue().line("/source"), "the table's source \"" + source.asText()
                        + "\" is not a source of pack.json (sources: " + String.join(", ", sources) + ")");
            }
        }
        JsonNode listed = m.path("sources");
        for (int i = 0; i < listed.size(); i++) {
            String id = listed.get(i).path("id").asText();
            if (!id.isEmpty() && !cited.contains(id)) {
                p.inManifest(t, "/sources/" + i + "/id", "source \"" + id + "\" is cited by no rule and no table");
            }
        }
    }
}
