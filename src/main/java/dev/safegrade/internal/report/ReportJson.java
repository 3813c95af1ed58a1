package dev.safegrade.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safegrade.Citation;
import dev.safegrade.Finding;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.Text;
import dev.safegrade.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/** Writes a report as report-v1 JSON, keys in the contract's order, numbers in plain form. */
public final class ReportJson {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
    private static final DefaultPrettyPrinter PRETTY = new CompactEmptyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Two-space indented JSON with a final newline, as reports and golden files are written. */
    public static String pretty(JsonNode tree) {
        try {
            return Json.mapper().writer(PRETTY).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps "[]" and "{}" tight. */
    private static final class CompactEmptyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        CompactEmptyPrinter() {
        }

        CompactEmptyPrinter(DefaultPrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new CompactEmptyPrinter(this);
        }
    }

    private ReportJson() {
    }

    public static String write(Report r, boolean pretty) {
        try {
            JsonNode tree = tree(r);
            return pretty ? pretty(tree) : Json.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Report r) {
        ObjectNode o = F.objectNode();
        o.put("reportVersion", 1);
        o.putObject("tool").put("name", "safegrade").put("version", r.toolVersion());
        o.putObject("subject").put("kind", r.subject().kind()).put("id", r.subject().id()).put("name", r.subject().name());
        o.put("asOf", r.asOf().toString());
        o.put("profile", r.profile());
        ArrayNode packs = o.putArray("packs");
        for (PackInfo p : r.packs()) {
            ObjectNode n = packs.addObject().put("id", p.id()).put("version", p.version());
            n.set("title", text(p.title()));
            n.put("digest", p.digest());
        }
        o.putObject("input").put("source", r.input().source()).put("digest", r.input().digest());
        o.set("grades", value(r.grades()));
        o.set("findings", findings(r.findings()));
        o.set("waived", findings(r.waived()));
        ArrayNode ne = o.putArray("notEvaluated");
        for (NotEvaluated n : r.notEvaluated()) {
            ObjectNode x = ne.addObject().put("ruleId", n.ruleId()).put("pack", n.pack()).put("path", n.path());
            n.missing().forEach(x.putArray("missing")::add);
        }
        ArrayNode nif = o.putArray("notInForce");
        for (NotInForce n : r.notInForce()) {
            ObjectNode x = nif.addObject().put("ruleId", n.ruleId()).put("pack", n.pack());
            x.put("effectiveFrom", n.effectiveFrom() == null ? null : n.effectiveFrom().toString());
            x.put("effectiveTo", n.effectiveTo() == null ? null : n.effectiveTo().toString());
            if (n.note() != null) {
                x.set("note", text(n.note()));
            }
        }
        return o;
    }

    /** The findings, notEvaluated and grades of a report: what golden cases compare. */
    public static ObjectNode outcome(Report r) {
        ObjectNode full = tree(r);
        ObjectNode o = F.objectNode();
        for (String k : new String[] {"grades", "findings", "notEvaluated", "notInForce"}) {
            o.set(k, full.get(k));
        }
        return o;
    }

    private static ArrayNode findings(Collection<Finding> findings) {
        ArrayNode a = F.arrayNode();
        for (Finding f : findings) {
            ObjectNode n = a.addObject().put("ruleId", f.ruleId()).put("pack", f.pack()).put("severity", f.severity().id());
            if (f.color() != null) {
                n.put("color", f.color().name());
            }
            n.set("title", text(f.title()));
            n.set("message", text(f.message()));
            n.put("path", f.path());
            n.set("evidence", value(f.evidence()));
            ArrayNode cs = n.putArray("citations");
            for (Citation c : f.citations()) {
                ObjectNode cn = cs.addObject().put("document", c.document()).put("docNumber", c.docNumber()).put("clause", c.clause());
                if (c.edition() != null) {
                    cn.put("edition", c.edition());
                }
                cn.put("confidence", c.confidence().id());
            }
        }
        return a;
    }

    private static ObjectNode text(Text t) {
        return F.objectNode().put("zh", t.zh()).put("en", t.en());
    }

    /** Evidence and grade values: maps, lists, strings, booleans, numbers (integral ones without a fraction). */
    public static JsonNode value(Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = F.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
            return o;
        }
        if (v instanceof Collection<?> c) {
            ArrayNode a = F.arrayNode();
            c.forEach(x -> a.add(value(x)));
            return a;
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof BigInteger) {
            return F.numberNode(new BigDecimal(v.toString()).toBigInteger());
        }
        if (v instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            if (d.scale() <= 0) {
                return F.numberNode(d.toBigInteger());
            }
            return F.numberNode(d);
        }
        if (v instanceof Enum<?> e) {
            return F.textNode(e.name());
        }
        return F.textNode(v.toString());
    }
}
