package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.ClassReactive;

/**
 * One band of a "score-bands" table: a class given to scores from {@code from} (inclusive) to {@code below}
 * (exclusive). A table's bands follow each other without gap or overlap, the first open below, the last open
 * above, so every score has exactly one class.
 */
@ClassReactive
public final class ScoreBand {
    private final String table;
    private final String grade;
    private final Map<String, String> label;
    private final BigDecimal from;
    private final BigDecimal below;

    ScoreBand(String table, String grade, Map<String, String> label, BigDecimal from, BigDecimal below) {
        this.table = table;
        this.grade = grade;
        this.label = label;
        this.from = from;
        this.below = below;
    }

    public String getTable() {
        return table;
    }

    public String getGrade() {
        return grade;
    }

    /** The class's name, {@code {zh, en}}, as grades show labels. */
    public Map<String, String> getLabel() {
        return label;
    }

    public boolean covers(BigDecimal score) {
        return (from == null || score.compareTo(from) >= 0) && (below == null || score.compareTo(below) < 0);
    }

    static List<Object> fromJson(String pack, String file, JsonNode table) {
        String id = Tables.require(pack, file, table, "id").asText();
        JsonNode rows = Tables.require(pack, file, table, "rows");
        List<Object> out = new ArrayList<>();
        BigDecimal previousBelow = null;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            BigDecimal from = r.has("from") ? r.get("from").decimalValue() : null;
            BigDecimal below = r.has("below") ? r.get("below").decimalValue() : null;
            boolean joins = i == 0 ? from == null : from != null && from.compareTo(previousBelow) == 0;
            if (!joins || (below == null) != (i == rows.size() - 1)) {
                throw new PackException(pack, file, 0, "the bands of " + id + " must follow each other: the first without "
                        + "\"from\", each next \"from\" equal to the previous \"below\", only the last without \"below\"");
            }
            JsonNode label = Tables.require(pack, file, r, "label");
            Map<String, String> zhEn = new LinkedHashMap<>();
            zhEn.put("zh", Tables.require(pack, file, label, "zh").asText());
            zhEn.put("en", Tables.require(pack, file, label, "en").asText());
            out.add(new ScoreBand(id, Tables.require(pack, file, r, "grade").asText(), Collections.unmodifiableMap(zhEn),
                    from, below));
            previousBelow = below;
        }
        return out;
    }

    @Override
    public String toString() {
        return table + ":" + grade;
    }
}
