package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.InvalidWaiversException;
import dev.safegrade.Waiver;
import dev.safegrade.internal.json.SchemaErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a waivers file (waivers-v1): strict JSON, the shipped schema ({@code safegrade schema waivers}), dates that
 * exist and a validity that does not end before it starts. Every problem is located like a fact file's.
 */
public final class WaiversReader {
    public static final String RESOURCE = "safegrade/schema/waivers-v1.schema.json";

    private static final class Holder {
        static final Schema SCHEMA = FactsSchema.load(RESOURCE);
    }

    private WaiversReader() {
    }

    public static List<Waiver> read(byte[] bytes, String source) {
        JsonNode tree;
        try {
            tree = FactReader.parse(bytes, source, 1);
        } catch (InvalidFactsException e) {
            throw new InvalidWaiversException(e.problems());
        }
        ProblemCollector out = new ProblemCollector(source, bytes, 1);
        for (Error e : SchemaErrors.specific(Holder.SCHEMA.validate(tree))) {
            SchemaErrors.Worded w = SchemaErrors.word(e, "only the keys waivers-v1 defines here (safegrade schema waivers)");
            out.add(w.pointer(), w.expected(), w.found());
        }
        if (out.isEmpty()) {
            SemanticChecks.checkValues(tree, "", out); // dates that exist
        }
        JsonNode list = tree.path("waivers");
        for (int i = 0; out.isEmpty() && i < list.size(); i++) {
            if (date(list.get(i), "validUntil").isBefore(date(list.get(i), "validFrom"))) {
                out.add("/waivers/" + i + "/validUntil", "a day on or after validFrom (" + list.get(i).path("validFrom").asText() + ")",
                        "\"" + list.get(i).path("validUntil").asText() + "\"");
            }
        }
        if (!out.isEmpty()) {
            throw new InvalidWaiversException(out.problems());
        }
        List<Waiver> waivers = new ArrayList<>();
        for (JsonNode w : list) {
            waivers.add(new Waiver(w.path("rule").asText(), w.path("subject").asText(),
                    w.has("path") ? Optional.of(w.path("path").asText()) : Optional.empty(), w.path("justification").asText(),
                    w.path("approvedBy").asText(), w.path("approvalDocument").asText(), date(w, "validFrom"), date(w, "validUntil")));
        }
        return List.copyOf(waivers);
    }

    private static LocalDate date(JsonNode waiver, String key) {
        return LocalDate.parse(waiver.path(key).asText());
    }
}
