package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.type.ClassReactive;

/**
 * One date by which a regulation wants something done, from a "deadlines" table, so that a rule compares
 * {@code asOf} with data rather than with a literal: {@code Deadline( table == "…", name == "…", $d : deadline )}.
 * {@code deadline} is the last day allowed (inclusive): a rule finds a duty overdue from the next day on. A row may
 * name the facts-v1 industries it is for (e.g. the high-risk industries of a provincial notice); which other
 * enterprises a row is for (e.g. 规模以上) is the rule's wording, said in the row's {@code meaning}.
 */
@ClassReactive
public final class Deadline {
    private final String table;
    private final String name;
    private final LocalDate deadline;
    private final Set<String> industries;
    private final String clause;

    Deadline(String table, String name, LocalDate deadline, Set<String> industries, String clause) {
        this.table = table;
        this.name = name;
        this.deadline = deadline;
        this.industries = industries;
        this.clause = clause;
    }

    public String getTable() {
        return table;
    }

    public String getName() {
        return name;
    }

    /** The last day allowed, inclusive. */
    public LocalDate getDeadline() {
        return deadline;
    }

    /** Whether the deadline has passed on {@code day}: {@code day} is after it. */
    public boolean passedOn(LocalDate day) {
        return day.isAfter(deadline);
    }

    /** The facts-v1 industries the row is for; empty when the row names none. */
    public Set<String> getIndustries() {
        return industries;
    }

    /** The clause that sets the date. */
    public String getClause() {
        return clause;
    }

    /**
     * The facts of a {@code {"kind": "deadlines", "id", "source", "rows": [{ "name", "deadline", "clause", "meaning",
     * "industries"? }]}} table: each row's name once, its deadline an ISO date.
     */
    static List<Object> facts(String pack, String file, JsonNode table) {
        TableData d = new TableData(pack, file);
        String id = d.text(table, "id");
        d.text(table, "source");
        JsonNode rows = d.require(table, "rows");
        if (!rows.isArray() || rows.isEmpty()) {
            throw d.problem("a deadlines table lists its \"rows\"");
        }
        List<Object> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode row : rows) {
            String name = d.text(row, "name");
            if (!names.add(name)) {
                throw d.problem("deadline " + name + " appears twice in " + id);
            }
            d.text(row, "meaning");
            LocalDate deadline;
            try {
                deadline = LocalDate.parse(d.text(row, "deadline"));
            } catch (DateTimeParseException e) {
                throw d.problem("deadline " + name + ": \"deadline\" must be an ISO date, not " + row.get("deadline"));
            }
            Set<String> industries = new LinkedHashSet<>();
            row.path("industries").forEach(i -> industries.add(i.asText()));
            out.add(new Deadline(id, name, deadline, java.util.Collections.unmodifiableSet(industries), d.text(row, "clause")));
        }
        return out;
    }

    @Override
    public String toString() {
        return table + "/" + name + "=" + deadline;
    }
}
