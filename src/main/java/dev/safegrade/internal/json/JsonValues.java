package dev.safegrade.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Evidence and grade values as report-v1 writes them: maps, lists, strings, booleans, numbers (plain and exact,
 * integral ones without a fraction), enums by name.
 */
public final class JsonValues {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private JsonValues() {
    }

    /** The value as a tree, exactly as {@link #write} writes it. */
    public static JsonNode tree(Object v) {
        try (TokenBuffer buffer = new TokenBuffer(Json.mapper(), false)) {
            write(v, buffer);
            try (JsonParser p = buffer.asParser()) {
                return Json.mapper().reader().with(F).readTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object x : c) {
                write(x, g);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Number n) {
            // plain and exact: 2.50 and 2.5 are both 2.5; 3.0 is 3
            BigDecimal d = (n instanceof BigDecimal b ? b : new BigDecimal(n.toString())).stripTrailingZeros();
            if (d.scale() <= 0) {
                g.writeNumber(d.toBigInteger());
            } else {
                g.writeNumber(d);
            }
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else {
            g.writeString(v.toString());
        }
    }
}
