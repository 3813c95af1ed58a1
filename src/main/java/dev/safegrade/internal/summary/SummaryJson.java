package dev.safegrade.internal.summary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.safegrade.Language;
import dev.safegrade.SafeGrade;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** summary-v1 JSON (docs/summary-v1.md), streamed: the lists are copied from disk row by row. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static void write(Summary s, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // standard output stays open
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("summaryVersion", Summary.VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "safegrade");
            g.writeStringField("version", SafeGrade.version());
            g.writeEndObject();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("reports", s.reports());
            g.writeNumberField("enterprises", s.enterprises());
            g.writeNumberField("parks", s.parks());
            g.writeNumberField("invalidLines", s.invalid());
            g.writeEndObject();
            g.writeObjectFieldStart("asOf");
            g.writeStringField("from", s.asOfFrom() == null ? null : s.asOfFrom().toString());
            g.writeStringField("to", s.asOfTo() == null ? null : s.asOfTo().toString());
            g.writeEndObject();
            if (s.rise() != null) {
                g.writeObjectFieldStart("doubleRise");
                g.writeStringField("from", s.rise().from().toString());
                g.writeStringField("to", s.rise().to().toString());
                g.writeStringField("previousFrom", s.rise().previousFrom().toString());
                g.writeStringField("previousTo", s.rise().previousTo().toString());
                g.writeObjectFieldStart("source");
                g.writeStringField("zh", Summary.riseSource(Language.ZH));
                g.writeStringField("en", Summary.riseSource(Language.EN));
                g.writeEndObject();
                g.writeStringField("confidence", "secondary");
                g.writeEndObject();
            }
            g.writeStringField("regionTable", s.regionTable());
            g.writeObjectFieldStart("tables");
            for (SummaryTable t : s.tables()) {
                g.writeObjectFieldStart(t.id());
                g.writeObjectFieldStart("title");
                g.writeStringField("zh", t.title(Language.ZH));
                g.writeStringField("en", t.title(Language.EN));
                g.writeEndObject();
                g.writeNumberField("size", t.size());
                g.writeArrayFieldStart("rows");
                for (List<Object> row : t.rows()) {
                    g.writeStartObject();
                    for (int c = 0; c < t.columns().size(); c++) {
                        g.writeFieldName(t.columns().get(c).key());
                        g.writeObject(row.get(c));
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
