package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.PackException;
import dev.safegrade.internal.model.Park;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.kie.api.definition.type.ClassReactive;

/**
 * A "park-checklist" table: what the domain reference knows of one edition of the 化工园区安全风险排查治理导则
 * checklist — its elements (要素) with their points, and for each row it describes the scores allowed or the
 * row's maximum. Rows it does not describe are accepted unchecked. The pack's rules score a park with it,
 * and the facts' semantic checks reject a score no row of it allows.
 */
@ClassReactive
public final class ParkChecklist {
    /** An element (要素) of the checklist, the points it caps, and the rows known to belong to it. */
    public record Part(String name, BigDecimal max, List<Row> rows) {
    }

    /**
     * A row the reference describes: the scores it allows, or only its maximum, or neither (only its place).
     *
     * @param allowed null when the reference does not give them
     * @param max     null when not known; the largest allowed score when {@code allowed} is given
     */
    public record Row(int row, String part, String content, List<BigDecimal> allowed, BigDecimal max) {
        /** Whether a score of this row can be checked at all. */
        public boolean checkable() {
            return allowed != null || max != null;
        }
    }

    private final String table;
    private final String edition;
    private final String rule;
    private final String bands;
    private final BigDecimal maxTotal;
    private final List<Part> parts;
    private final Map<Integer, Row> rows;

    private ParkChecklist(String table, String edition, String rule, String bands, BigDecimal maxTotal, List<Part> parts) {
        this.table = table;
        this.edition = edition;
        this.rule = rule;
        this.bands = bands;
        this.maxTotal = maxTotal;
        this.parts = List.copyOf(parts);
        Map<Integer, Row> byNumber = new LinkedHashMap<>();
        parts.forEach(p -> p.rows().forEach(r -> byNumber.put(r.row(), r)));
        this.rows = Map.copyOf(byNumber);
    }

    public String getTable() {
        return table;
    }

    /** The facts-v1 name of the edition, {@code park.checklistEdition}: {@code 2019-trial} or {@code 2023}. */
    public String getEdition() {
        return edition;
    }

    /** The rule that reports the park's class under this edition. */
    public String getRule() {
        return rule;
    }

    /** The id of the "bands" table of this edition, or null when the reference does not confirm its bands. */
    public String getBands() {
        return bands;
    }

    /** The most points the whole checklist gives, or null when not known. */
    public BigDecimal getMaxTotal() {
        return maxTotal;
    }

    public List<Part> parts() {
        return parts;
    }

    public Optional<Row> row(int number) {
        return Optional.ofNullable(rows.get(number));
    }

    /** The park's score: the sum of its row scores. */
    public BigDecimal score(Park park) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Park.ChecklistRow r : park.getChecklist()) {
            sum = sum.add(BigDecimal.valueOf(r.getScore()));
        }
        return sum;
    }

    /**
     * The most the park could score once the rows it does not list are known: the checklist's points less what
     * each listed row the reference describes falls short of its maximum (a row it does not describe may be at
     * its maximum). Null when the checklist's points are not known. A row not listed is not known (facts-v1: what
     * is absent is unknown), and the reference does not give the number of rows, so any row may be missing.
     */
    public BigDecimal highest(Park park) {
        if (maxTotal == null) {
            return null;
        }
        BigDecimal shortfall = BigDecimal.ZERO;
        for (Park.ChecklistRow r : park.getChecklist()) {
            BigDecimal max = row(r.getRow()).map(Row::max).orElse(null);
            if (max != null) {
                shortfall = shortfall.add(max.subtract(BigDecimal.valueOf(r.getScore())));
            }
        }
        BigDecimal most = maxTotal.subtract(shortfall).max(score(park)).stripTrailingZeros();
        return most.scale() < 0 ? most.setScale(0) : most;
    }

    /** The park's rows whose score could not be checked: rows with neither allowed scores nor a maximum. */
    public List<Integer> uncheckedRows(Park park) {
        TreeSet<Integer> out = new TreeSet<>();
        for (Park.ChecklistRow r : park.getChecklist()) {
            if (row(r.getRow()).map(x -> !x.checkable()).orElse(true)) {
                out.add(r.getRow());
            }
        }
        return new ArrayList<>(out);
    }

    /** Reads a "park-checklist" table. */
    public static ParkChecklist fromJson(String pack, String file, JsonNode table) {
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : Tables.require(pack, file, table, "elements")) {
            String name = Tables.require(pack, file, p, "element").asText();
            List<Row> rows = new ArrayList<>();
            for (JsonNode r : Tables.require(pack, file, p, "rows")) {
                List<BigDecimal> allowed = null;
                if (r.has("allowed")) {
                    allowed = new ArrayList<>();
                    for (JsonNode a : r.get("allowed")) {
                        allowed.add(a.decimalValue());
                    }
                }
                BigDecimal max = r.has("max") ? r.get("max").decimalValue()
                        : allowed == null ? null : allowed.stream().max(BigDecimal::compareTo).orElseThrow();
                rows.add(new Row(Tables.require(pack, file, r, "row").asInt(), name, r.path("content").asText(""),
                        allowed == null ? null : List.copyOf(allowed), max));
            }
            parts.add(new Part(name, Tables.require(pack, file, p, "max").decimalValue(), List.copyOf(rows)));
        }
        ParkChecklist c = new ParkChecklist(Tables.require(pack, file, table, "id").asText(),
                Tables.require(pack, file, table, "edition").asText(), Tables.require(pack, file, table, "rule").asText(),
                table.path("bands").isTextual() ? table.get("bands").asText() : null,
                table.path("maxTotal").isNumber() ? table.get("maxTotal").decimalValue() : null, parts);
        if (c.rows.size() != parts.stream().mapToInt(p -> p.rows().size()).sum()) {
            throw new PackException(pack, file, 0, "a row number appears twice in " + c.table);
        }
        return c;
    }

    @Override
    public String toString() {
        return table;
    }
}
