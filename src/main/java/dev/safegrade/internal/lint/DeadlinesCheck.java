package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "deadlines" (Deadline): dates by which a regulation wants something done, which rules compare {@code asOf} with.
 * Not a band table: no domain to cover. Consistency instead: the table names its source; each row has a unique name,
 * an ISO date (the last day allowed), the clause that sets it and its meaning (whom it is for); the industries a row
 * may name are facts-v1 industries, each listed once.
 */
final class DeadlinesCheck implements TableKindCheck {
    @Override
    public String kind() {
        return "deadlines";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        for (String key : new String[] {"id", "source"}) {
            if (table.path(key).asText("").isBlank()) {
                out.problem("/" + key, "a deadlines table needs \"" + key + "\"");
            }
        }
        JsonNode rows = table.path("rows");
        if (!rows.isArray() || rows.isEmpty()) {
            out.problem("/rows", "a deadlines table needs \"rows\": [{name, deadline, clause, meaning, industries?}]");
            return;
        }
        List<String> known = new IndustriesCheck().known();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/rows/" + i;
            String name = row.path("name").asText("");
            if (name.isBlank()) {
                out.problem(at, "row " + i + " needs a \"name\" (rules match on it)");
            } else if (!names.add(name)) {
                out.problem(at + "/name", "deadline \"" + name + "\" appears twice");
            }
            try {
                java.time.LocalDate.parse(row.path("deadline").asText(""));
            } catch (java.time.format.DateTimeParseException e) {
                out.problem(at + "/deadline", "deadline \"" + name + "\" needs a \"deadline\", an ISO date (the last day allowed), found "
                        + dev.safegrade.internal.json.SchemaErrors.show(row.path("deadline")));
            }
            TableKindCheck.clauseAndMeaning(row, at, "deadline \"" + name + "\"", "the clause that sets the date", "whom the date is for", out);
            JsonNode industries = row.path("industries");
            if (industries.isMissingNode()) {
                continue;
            }
            if (!industries.isArray() || industries.isEmpty()) {
                out.problem(at + "/industries", "\"industries\", when given, lists at least one facts-v1 industry");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < industries.size(); j++) {
                String industry = industries.get(j).asText();
                if (!known.contains(industry)) {
                    out.problem(at + "/industries/" + j, "\"" + industry + "\" is not a facts-v1 industry (known: " + String.join(", ", known) + ")");
                } else if (!seen.add(industry)) {
                    out.problem(at + "/industries/" + j, "\"" + industry + "\" is listed twice");
                }
            }
        }
    }
}
