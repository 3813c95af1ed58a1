package dev.safegrade.properties;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.safegrade.properties.Seeds.Seed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid facts-v1 documents: a seed document (an example or a golden case's facts) changed
 * by a few edits — forget a fact, flip a boolean, change a number or a date, graft a list element or a subject
 * key from another seed. An edit that would make the document invalid is skipped, so every document is valid.
 * Shrinking goes to fewer edits, smaller indexes and smaller seeds; the document's {@code toString} names the
 * seed and the edits that took effect.
 */
final class FactDocuments {
    enum Kind { FORGET, FLIP, NUMBER, DATE, GRAFT_ELEMENT, GRAFT_KEY }

    record Edit(Kind kind, int target, int choice) {
    }

    /** A generated document and how it was made. */
    record Generated(String seed, List<String> edits, ObjectNode doc) {
        @Override
        public String toString() {
            return seed + (edits.isEmpty() ? "" : " + " + String.join("; ", edits));
        }
    }

    private static final double[] NUMBERS = {0, 1, 2, 3, 5, 9, 10, 12, 20, 30, 50, 100, 150, 1000, 5_000_000, 0.5, 1.5, 60, 80, 90};
    private static final int[] DAYS = {-3650, -1100, -400, -90, -30, -1, 1, 30, 400};
    private static final int MAX_EDITS = 6;

    private FactDocuments() {
    }

    static Gen<Generated> enterprises() {
        return from(Seeds.ENTERPRISES);
    }

    static Gen<Generated> parks() {
        return from(Seeds.PARKS);
    }

    /** Enterprises and parks, about four to one. */
    static Gen<Generated> any() {
        return Generate.frequency(List.of(Pair.of(4, enterprises()), Pair.of(1, parks())));
    }

    static Gen<Generated> from(List<Seed> seeds) {
        Gen<Edit> edit = Generate.enumValues(Kind.class).zip(integers().between(0, 9999), integers().between(0, 9999), Edit::new);
        return integers().between(0, seeds.size() - 1).zip(lists().of(edit).ofSizeBetween(0, MAX_EDITS),
                (i, edits) -> apply(seeds.get(i), edits, seeds));
    }

    static Generated apply(Seed seed, List<Edit> edits, List<Seed> seeds) {
        ObjectNode doc = seed.doc().deepCopy();
        List<String> done = new ArrayList<>();
        for (Edit e : edits) {
            Applied a = switch (e.kind()) {
                case FORGET -> forget(doc, e);
                case FLIP -> flip(doc, e);
                case NUMBER -> number(doc, e);
                case DATE -> date(doc, e);
                case GRAFT_ELEMENT -> graftElement(doc, e, seeds);
                case GRAFT_KEY -> graftKey(doc, e, seeds);
            };
            if (a != null) {
                doc = a.doc();
                done.add(a.description());
            }
        }
        return new Generated(seed.name(), List.copyOf(done), doc);
    }

    private record Applied(ObjectNode doc, String description) {
    }

    /** Forgets a fact (a leaf, a section or a register: all read as "not known" when absent). */
    private static Applied forget(ObjectNode doc, Edit e) {
        return FactTrees.forgettable(doc, e.target(), false).map(p -> new Applied(FactTrees.without(doc, p), "forget " + p)).orElse(null);
    }

    private static Applied flip(ObjectNode doc, Edit e) {
        List<String> booleans = leaves(doc, JsonNode::isBoolean);
        if (booleans.isEmpty()) {
            return null;
        }
        String p = booleans.get(e.target() % booleans.size());
        boolean now = !FactTrees.at(doc, p).booleanValue();
        return replaced(doc, p, BooleanNode.valueOf(now), p + " = " + now);
    }

    private static Applied number(ObjectNode doc, Edit e) {
        List<String> numbers = leaves(doc, JsonNode::isNumber);
        if (numbers.isEmpty()) {
            return null;
        }
        String p = numbers.get(e.target() % numbers.size());
        double v = NUMBERS[e.choice() % NUMBERS.length];
        JsonNode value = v == Math.rint(v) ? LongNode.valueOf((long) v) : DoubleNode.valueOf(v);
        return replaced(doc, p, value, p + " = " + value);
    }

    private static Applied date(ObjectNode doc, Edit e) {
        List<String> dates = leaves(doc, FactDocuments::isDate);
        if (dates.isEmpty()) {
            return null;
        }
        String p = dates.get(e.target() % dates.size());
        String moved = LocalDate.parse(FactTrees.at(doc, p).textValue()).plusDays(DAYS[e.choice() % DAYS.length]).toString();
        return replaced(doc, p, TextNode.valueOf(moved), p + " = " + moved);
    }

    /**
     * Copies a list element (a unit, risk point, accident, person, hazard, checklist row, ...) from another seed
     * of the same kind into the same list here, under a fresh id; a risk point's unit that does not exist here is
     * dropped (unknown).
     */
    private static Applied graftElement(ObjectNode doc, Edit e, List<Seed> seeds) {
        ObjectNode donor = seeds.get(e.choice() % seeds.size()).doc();
        List<String> elements = leaves(donor, n -> n.isObject()).stream().filter(p -> p.matches(".*/\\d+$")).toList();
        if (elements.isEmpty()) {
            return null;
        }
        String p = elements.get(e.target() % elements.size());
        String list = p.substring(0, p.lastIndexOf('/'));
        String owner = list.substring(0, list.lastIndexOf('/'));
        if (!(FactTrees.at(doc, owner) instanceof ObjectNode ownerNode)) {
            return null;
        }
        ObjectNode copy = doc.deepCopy();
        ownerNode = (ObjectNode) FactTrees.at(copy, owner);
        String key = list.substring(list.lastIndexOf('/') + 1);
        ArrayNode target = ownerNode.get(key) instanceof ArrayNode a ? a : ownerNode.putArray(key);
        ObjectNode element = ((ObjectNode) FactTrees.at(donor, p)).deepCopy();
        if (element.has("id")) {
            element.put("id", element.get("id").asText() + "-g" + target.size());
        }
        if (element.has("row")) {
            return null; // checklist rows are numbered by the 导则: a copy would repeat a row
        }
        target.add(element);
        if (element.has("unit") && !unitExists(copy, element.get("unit").asText())) {
            element.remove("unit");
        }
        return FactTrees.valid(copy) ? new Applied(copy, "graft " + p + " of seed " + (e.choice() % seeds.size()) + " into " + list) : null;
    }

    /** Sets a key of the subject (industry, activities, a whole section) to another seed's value. */
    private static Applied graftKey(ObjectNode doc, Edit e, List<Seed> seeds) {
        ObjectNode donor = FactTrees.subject(seeds.get(e.choice() % seeds.size()).doc());
        List<String> keys = new ArrayList<>();
        donor.fieldNames().forEachRemaining(keys::add);
        keys.removeIf(k -> k.equals("id") || k.equals("name"));
        if (keys.isEmpty()) {
            return null;
        }
        String key = keys.get(e.target() % keys.size());
        ObjectNode copy = doc.deepCopy();
        FactTrees.subject(copy).set(key, donor.get(key).deepCopy());
        String at = (FactTrees.isEnterprise(copy) ? "/enterprise/" : "/park/") + key;
        return FactTrees.valid(copy) ? new Applied(copy, at + " from seed " + (e.choice() % seeds.size())) : null;
    }

    private static Applied replaced(ObjectNode doc, String pointer, JsonNode value, String description) {
        ObjectNode copy = doc.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = FactTrees.at(copy, pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last.replace("~1", "/").replace("~0", "~"), value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return FactTrees.valid(copy) ? new Applied(copy, description) : null;
    }

    private static boolean unitExists(ObjectNode doc, String id) {
        for (JsonNode u : doc.path("enterprise").path("units")) {
            if (id.equals(u.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Pointers under the subject of the nodes that match, in document order. */
    static List<String> leaves(ObjectNode doc, Predicate<JsonNode> which) {
        List<String> out = new ArrayList<>();
        for (String p : FactTrees.allPointers(doc)) {
            if (which.test(FactTrees.at(doc, p))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isDate(JsonNode n) {
        if (!n.isTextual() || !n.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(n.textValue());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
