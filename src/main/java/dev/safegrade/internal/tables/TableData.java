package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import dev.safegrade.Text;
import java.math.BigDecimal;

/** Reading helpers shared by the table kinds: every problem names the pack and the file. */
final class TableData {
    private final String pack;
    private final String file;

    TableData(String pack, String file) {
        this.pack = pack;
        this.file = file;
    }

    JsonNode require(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw problem("table entry lacks \"" + key + "\"");
        }
        return v;
    }

    String text(JsonNode node, String key) {
        JsonNode v = require(node, key);
        if (!v.isTextual()) {
            throw problem("\"" + key + "\" must be a string, found " + v);
        }
        return v.asText();
    }

    BigDecimal number(JsonNode node, String key) {
        JsonNode v = require(node, key);
        if (!v.isNumber()) {
            throw problem("\"" + key + "\" must be a number, found " + v);
        }
        return v.decimalValue();
    }

    /** An optional {zh, en} text; null when absent. */
    Text bilingual(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        return new Text(text(v, "zh"), text(v, "en"));
    }

    PackException problem(String message) {
        return new PackException(pack, file, 0, message);
    }
}
