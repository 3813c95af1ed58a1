package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * "profile-bands" (ProfileBands): under each profile, the bands table each method's scores take. Every row names
 * a profile the pack knows ({@code national} or one of pack.json's {@code profiles}) and a bands table of the pack;
 * no profile names two tables for one method (an overlap); and every profile of the pack appears (a profile left
 * out would silently grade nothing). A method a profile does not name is allowed: its points stay without a band.
 */
final class ProfileBandsCheck implements TableKindCheck {
    @Override
    public String kind() {
        return "profile-bands";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        Set<String> profiles = new LinkedHashSet<>();
        profiles.add("national");
        pack.manifest().path("profiles").forEach(p -> profiles.add(p.asText()));
        Set<String> bandTables = new HashSet<>();
        pack.tables().values().forEach(t -> {
            if (t.tree().path("kind").asText().equals("bands")) {
                bandTables.add(t.tree().path("id").asText());
            }
        });
        JsonNode rows = table.path("rows");
        if (!rows.isArray() || rows.isEmpty()) {
            out.problem("/rows", "a profile-bands table needs \"rows\": {profile, method, table}");
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/rows/" + i;
            String profile = row.path("profile").asText("");
            String method = row.path("method").asText("");
            String bands = row.path("table").asText("");
            if (profile.isEmpty() || method.isEmpty() || bands.isEmpty()) {
                out.problem(at, "row " + i + " needs \"profile\", \"method\" and \"table\"");
                continue;
            }
            named.add(profile);
            if (!profiles.contains(profile)) {
                out.problem(at + "/profile", "profile \"" + profile + "\" is not a profile of the pack (national, or pack.json's \"profiles\": "
                        + String.join(", ", profiles) + ")");
            }
            if (!bandTables.contains(bands)) {
                out.problem(at + "/table", "\"" + bands + "\" is not the id of a bands table of the pack");
            }
            if (!seen.add(profile + "/" + method)) {
                out.problem(at, "overlap: profile " + profile + " names two band tables for " + method);
            }
        }
        for (String profile : profiles) {
            if (!named.contains(profile)) {
                out.problem("/rows", "gap: profile \"" + profile + "\" names no band table for any method");
            }
        }
    }
}
