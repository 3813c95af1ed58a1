package dev.safegrade.internal.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.safegrade.Citation;
import dev.safegrade.Finding;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.WaivedFinding;
import dev.safegrade.Waiver;
import dev.safegrade.WaiverNotice;
import dev.safegrade.Text;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.json.JsonValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        StringWriter w = new StringWriter(16384);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(w)) {
            if (pretty) {
                g.setPrettyPrinter(PRETTY.createInstance());
            }
            write(r, g, !pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pretty ? w.append('\n').toString() : w.toString();
    }

    /** The compact JSON as UTF-8 bytes: what batch output writes, encoded on the thread that evaluated. */
    public static byte[] compactUtf8(Report r) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(16384);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            write(r, g, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ObjectNode tree(Report r) {
        return (ObjectNode) tree(g -> write(r, g, false));
    }

    /** The findings, notEvaluated and grades of a report: what golden cases compare. */
    public static ObjectNode outcome(Report r) {
        ObjectNode full = tree(r);
        ObjectNode o = F.objectNode();
        for (String k : new String[] {"grades", "findings", "notEvaluated", "notInForce"}) {
            o.set(k, full.get(k));
        }
        // Only a run with waivers has these; a golden case without a waivers file shows neither.
        if (!r.waived().isEmpty()) {
            o.set("waived", full.get("waived"));
        }
        if (!r.waiverNotices().isEmpty()) {
            o.set("waiverNotices", full.get("waiverNotices"));
        }
        return o;
    }

    /** Evidence and grade values: maps, lists, strings, booleans, numbers (integral ones without a fraction). */
    public static JsonNode value(Object v) {
        return JsonValues.tree(v);
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    /** What {@code writing} writes, as a tree (through a token buffer: the same code writes text and trees). */
    private static JsonNode tree(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(Json.mapper(), false)) {
            writing.to(buffer);
            try (JsonParser p = buffer.asParser()) {
                return Json.mapper().reader().with(F).readTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report in the contract's key order, written straight to the generator (no tree in between). Compact
     * output copies the parts every finding of a rule shares (title, citations) from a cache of their JSON.
     */
    private static void write(Report r, JsonGenerator g, boolean compact) throws IOException {
        g.writeStartObject();
        g.writeNumberField("reportVersion", 1);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "safegrade");
        g.writeStringField("version", r.toolVersion());
        g.writeEndObject();
        g.writeObjectFieldStart("subject");
        g.writeStringField("kind", r.subject().kind());
        g.writeStringField("id", r.subject().id());
        g.writeStringField("name", r.subject().name());
        if (r.subject().region() != null) {
            g.writeStringField("region", r.subject().region());
        }
        if (r.subject().industry() != null) {
            g.writeStringField("industry", r.subject().industry());
        }
        g.writeEndObject();
        g.writeStringField("asOf", r.asOf().toString());
        g.writeStringField("profile", r.profile());
        g.writeArrayFieldStart("packs");
        for (PackInfo p : r.packs()) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeStringField("version", p.version());
            text(g, "title", p.title());
            g.writeStringField("digest", p.digest());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("input");
        g.writeStringField("source", r.input().source());
        g.writeStringField("digest", r.input().digest());
        g.writeEndObject();
        g.writeFieldName("grades");
        value(r.grades(), g);
        findings(g, "findings", r.findings(), compact);
        g.writeArrayFieldStart("waived");
        for (WaivedFinding w : r.waived()) {
            g.writeStartObject();
            findingFields(g, w.finding(), compact);
            waiver(g, w.waiver());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notEvaluated");
        for (NotEvaluated n : r.notEvaluated()) {
            g.writeStartObject();
            g.writeStringField("ruleId", n.ruleId());
            g.writeStringField("pack", n.pack());
            g.writeStringField("path", n.path());
            g.writeArrayFieldStart("missing");
            for (String m : n.missing()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notInForce");
        for (NotInForce n : r.notInForce()) {
            g.writeStartObject();
            g.writeStringField("ruleId", n.ruleId());
            g.writeStringField("pack", n.pack());
            g.writeStringField("effectiveFrom", n.effectiveFrom() == null ? null : n.effectiveFrom().toString());
            g.writeStringField("effectiveTo", n.effectiveTo() == null ? null : n.effectiveTo().toString());
            if (n.note() != null) {
                text(g, "note", n.note());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.waiverNotices().isEmpty()) { // only when a waivers file names the subject
            g.writeArrayFieldStart("waiverNotices");
            for (WaiverNotice n : r.waiverNotices()) {
                g.writeStartObject();
                g.writeStringField("status", n.status().id());
                waiver(g, n.waiver());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void waiver(JsonGenerator g, Waiver w) throws IOException {
        g.writeObjectFieldStart("waiver");
        g.writeStringField("rule", w.rule());
        g.writeStringField("subject", w.subject());
        if (w.path().isPresent()) {
            g.writeStringField("path", w.path().get());
        }
        g.writeStringField("justification", w.justification());
        g.writeStringField("approvedBy", w.approvedBy());
        g.writeStringField("approvalDocument", w.approvalDocument());
        g.writeStringField("validFrom", w.validFrom().toString());
        g.writeStringField("validUntil", w.validUntil().toString());
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, String key, Collection<Finding> findings, boolean compact) throws IOException {
        g.writeArrayFieldStart(key);
        for (Finding f : findings) {
            g.writeStartObject();
            findingFields(g, f, compact);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void findingFields(JsonGenerator g, Finding f, boolean compact) throws IOException {
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("pack", f.pack());
        g.writeStringField("severity", f.severity().id());
        if (f.color() != null) {
            g.writeStringField("color", f.color().name());
        }
        if (compact) {
            g.writeFieldName("title");
            g.writeRawValue(SHARED.computeIfAbsent(f.title(), ReportJson::compactJson));
        } else {
            text(g, "title", f.title());
        }
        text(g, "message", f.message());
        g.writeStringField("path", f.path());
        g.writeFieldName("evidence");
        value(f.evidence(), g);
        g.writeFieldName("citations");
        if (compact) {
            g.writeRawValue(SHARED.computeIfAbsent(f.citations(), ReportJson::compactJson));
        } else {
            citations(g, f.citations());
        }
    }

    /** Compact JSON of titles and citation lists, by value: a rule's findings share them, and they are few. */
    private static final Map<Object, SerializedString> SHARED = new ConcurrentHashMap<>();

    private static SerializedString compactJson(Object titleOrCitations) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(w)) {
            if (titleOrCitations instanceof Text t) {
                g.writeStartObject();
                g.writeStringField("zh", t.zh());
                g.writeStringField("en", t.en());
                g.writeEndObject();
            } else {
                @SuppressWarnings("unchecked")
                List<Citation> citations = (List<Citation>) titleOrCitations;
                citations(g, citations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SerializedString(w.toString());
    }

    private static void citations(JsonGenerator g, List<Citation> citations) throws IOException {
        g.writeStartArray();
        for (Citation c : citations) {
            g.writeStartObject();
            g.writeStringField("document", c.document());
            g.writeStringField("docNumber", c.docNumber());
            g.writeStringField("clause", c.clause());
            if (c.edition() != null) {
                g.writeStringField("edition", c.edition());
            }
            g.writeStringField("confidence", c.confidence().id());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String key, Text t) throws IOException {
        g.writeObjectFieldStart(key);
        g.writeStringField("zh", t.zh());
        g.writeStringField("en", t.en());
        g.writeEndObject();
    }

    private static void value(Object v, JsonGenerator g) throws IOException {
        JsonValues.write(v, g);
    }
}
