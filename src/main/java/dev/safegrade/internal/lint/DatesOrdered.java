package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The dates of sources and rules are real calendar dates (YYYY-MM-DD) in order: a document is issued on or
 * before it takes effect, and takes effect on or before its last day; a rule's own window (or the one it
 * takes from its first cited source) is in order too.
 */
final class DatesOrdered extends PackCheck {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public String id() {
        return "dates-ordered";
    }

    @Override
    public String description() {
        return "issuedOn, effectiveFrom and effectiveTo of sources and rules are YYYY-MM-DD dates with issuedOn <= effectiveFrom <= effectiveTo";
    }

    @Override
    void check(LintTarget t, Problems p) {
        JsonNode sources = t.manifest().path("sources");
        for (int i = 0; i < sources.size(); i++) {
            String at = "/sources/" + i;
            JsonNode s = sources.get(i);
            LocalDate issued = date(t, p, s, at, "issuedOn");
            LocalDate from = date(t, p, s, at, "effectiveFrom");
            LocalDate to = date(t, p, s, at, "effectiveTo");
            order(t, p, at, "issuedOn", issued, "effectiveFrom", from);
            order(t, p, at, "issuedOn", issued, "effectiveTo", to);
            order(t, p, at, "effectiveFrom", from, "effectiveTo", to);
        }
        JsonNode rules = t.manifest().path("rules");
        for (int i = 0; i < rules.size(); i++) {
            String at = "/rules/" + i;
            JsonNode r = rules.get(i);
            LocalDate from = date(t, p, r, at, "effectiveFrom");
            LocalDate to = date(t, p, r, at, "effectiveTo");
            if (from == null && to == null) {
                continue; // the source's window, checked above
            }
            JsonNode first = sourceOf(sources, r.path("citations").path(0).path("source").asText());
            if (from == null && first != null) {
                from = quietDate(first.path("effectiveFrom"));
            }
            if (to == null && first != null) {
                to = quietDate(first.path("effectiveTo"));
            }
            order(t, p, at, "effectiveFrom", from, "effectiveTo", to);
        }
    }

    private static LocalDate date(LintTarget t, Problems p, JsonNode owner, String at, String key) {
        JsonNode v = owner.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        LocalDate d = quietDate(v);
        if (d == null) {
            p.inManifest(t, at + "/" + key, "\"" + key + "\" must be a date YYYY-MM-DD that exists, found " + v);
        }
        return d;
    }

    private static LocalDate quietDate(JsonNode v) {
        if (!v.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void order(LintTarget t, Problems p, String at, String earlierKey, LocalDate earlier, String laterKey, LocalDate later) {
        if (earlier != null && later != null && earlier.isAfter(later)) {
            p.inManifest(t, at + "/" + laterKey, earlierKey + " " + earlier + " is after " + laterKey + " " + later);
        }
    }

    private static JsonNode sourceOf(JsonNode sources, String id) {
        for (JsonNode s : sources) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
