package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.logic.Tri;
import dev.safegrade.internal.model.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.ClassReactive;

/**
 * One item of a "fact-checks" table: an item that holds when every one of its requirements on the subject's
 * facts holds (e.g. a 十有 item: the park has it). Requirements name facts by JSON Pointer relative to the
 * subject, so the table says exactly which facts an item reads.
 *
 * <p>Unknown facts give three-valued answers ({@link Tri}): an item fails as soon as one known fact fails its
 * requirement, holds when all are known and hold, and is otherwise unknown, with the missing pointers.
 */
@ClassReactive
public final class FactCheck {

    /** A requirement on one fact: {@code is} a boolean, or a number {@code atLeast} / {@code atMost} a bound. */
    record Requirement(String fact, Boolean is, BigDecimal atLeast, BigDecimal atMost) {
        /** null when the value is unknown. */
        Boolean heldBy(JsonNode value) {
            if (value == null) {
                return null;
            }
            if (is != null) {
                return value.booleanValue() == is;
            }
            BigDecimal v = value.decimalValue();
            return (atLeast == null || v.compareTo(atLeast) >= 0) && (atMost == null || v.compareTo(atMost) <= 0);
        }
    }

    private final String table;
    private final String rule;
    private final String group;
    private final String at;
    private final List<Requirement> requirements;

    FactCheck(String table, String rule, String group, String at, List<Requirement> requirements) {
        this.table = table;
        this.rule = rule;
        this.group = group;
        this.at = at;
        this.requirements = List.copyOf(requirements);
    }

    public String getTable() {
        return table;
    }

    /** The id of the rule that reports this item. */
    public String getRule() {
        return rule;
    }

    /** What kind of item this is within its table, e.g. {@code have} or {@code prohibition}. */
    public String getGroup() {
        return group;
    }

    /** JSON Pointer of the element a finding about this item points at. */
    public String pathIn(Element subject) {
        return subject.getPath() + at;
    }

    /**
     * Whether the item holds for the subject: false as soon as a known fact fails its requirement, true when all
     * are known and hold, else unknown with the pointers of the facts not known. Every fact read is in its
     * {@link Tri#read()}, by JSON Pointer (null = not known): a finding's evidence.
     */
    public Tri decide(Element subject) {
        JsonNode facts = Json.mapper().valueToTree(subject);
        boolean unknown = false;
        boolean failed = false;
        List<String> missing = new ArrayList<>();
        Map<String, Object> read = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            JsonNode v = value(facts, r.fact());
            read.put(subject.getPath() + r.fact(), v == null ? null : v.isBoolean() ? v.booleanValue() : v.decimalValue());
            Boolean held = r.heldBy(v);
            if (held == null) {
                unknown = true;
                missing.add(subject.getPath() + r.fact());
            } else if (!held) {
                failed = true;
            }
        }
        Tri t = failed ? Tri.known(false) : unknown ? Tri.unknown(missing) : Tri.known(true);
        for (Map.Entry<String, Object> e : read.entrySet()) {
            t = t.reading(e.getKey(), e.getValue());
        }
        return t;
    }

    /** JSON Pointers of the known facts that fail their requirement. */
    public List<String> unmet(Element subject) {
        JsonNode facts = Json.mapper().valueToTree(subject);
        List<String> out = new ArrayList<>();
        for (Requirement r : requirements) {
            if (Boolean.FALSE.equals(r.heldBy(value(facts, r.fact())))) {
                out.add(subject.getPath() + r.fact());
            }
        }
        return out;
    }

    /**
     * The value at {@code pointer}, or null when it or an object above it is absent. The table's pointers were
     * checked against the facts schema; a key the model does not carry is a programming error, not "unknown".
     */
    private static JsonNode value(JsonNode facts, String pointer) {
        JsonNode node = facts;
        for (String key : pointer.substring(1).split("/")) {
            if (node.isNull()) {
                return null;
            }
            if (!node.has(key)) {
                throw new IllegalStateException("the fact model has no '" + key + "' on the way to " + pointer);
            }
            node = node.get(key);
        }
        return node.isNull() ? null : node;
    }

    /**
     * Reads a "fact-checks" table. Every fact it names must exist in the facts schema under its {@code subject}
     * with the type its requirement compares: a boolean for {@code is}, a number for {@code atLeast}/{@code atMost}.
     */
    static List<Object> fromJson(String pack, String file, JsonNode table) {
        String id = Tables.require(pack, file, table, "id").asText();
        String subject = Tables.require(pack, file, table, "subject").asText();
        String def = subject.isEmpty() ? subject : Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        List<Object> out = new ArrayList<>();
        for (JsonNode item : Tables.require(pack, file, table, "items")) {
            String rule = Tables.require(pack, file, item, "rule").asText();
            List<Requirement> requirements = new ArrayList<>();
            for (JsonNode r : Tables.require(pack, file, item, "require")) {
                String fact = Tables.require(pack, file, r, "fact").asText();
                Requirement req = new Requirement(fact, r.has("is") ? r.get("is").asBoolean() : null,
                        r.has("atLeast") ? r.get("atLeast").decimalValue() : null, r.has("atMost") ? r.get("atMost").decimalValue() : null);
                String type = fact.startsWith("/") ? FactsSchemaTypes.typeAt(def, fact) : null;
                boolean fits = req.is() != null ? "boolean".equals(type) && req.atLeast() == null && req.atMost() == null
                        : ("integer".equals(type) || "number".equals(type)) && (req.atLeast() != null || req.atMost() != null);
                if (!fits) {
                    throw new PackException(pack, file, 0, rule + ": " + fact + " is not a " + subject
                            + " fact of the type its requirement compares (found " + type + " in the facts schema)");
                }
                requirements.add(req);
            }
            if (requirements.isEmpty()) {
                throw new PackException(pack, file, 0, rule + ": an item needs at least one requirement");
            }
            out.add(new FactCheck(id, rule, Tables.require(pack, file, item, "group").asText(), item.path("at").asText(""),
                    requirements));
        }
        return out;
    }

    @Override
    public String toString() {
        return table + ":" + rule;
    }
}
