package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.RiskColor;
import dev.safegrade.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/**
 * One row of a "bands" table: the value (a colour, a level, a factor, a class) that a number between two bounds takes.
 * Each bound is written the way the source words it: below by {@code above} (exclusive) or {@code atLeast}
 * (inclusive), above by {@code atMost} (inclusive) or {@code below} (exclusive); an absent bound is open.
 * Rows run from the highest band down and must touch without gap or overlap, so every number has exactly
 * one band and a boundary value belongs to the band the source puts it in.
 */
@ClassReactive
public final class Band {
    private final String table;
    private final String rule;
    private final int rank;
    private final String value;
    private final Text label;
    private final BigDecimal lower;
    private final boolean lowerInclusive;
    private final BigDecimal upper;
    private final boolean upperInclusive;

    private Band(String table, String rule, int rank, String value, Text label, BigDecimal lower, boolean lowerInclusive,
                 BigDecimal upper, boolean upperInclusive) {
        this.table = table;
        this.rule = rule;
        this.rank = rank;
        this.value = value;
        this.label = label;
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
    }

    static List<Object> facts(String pack, String file, JsonNode table) {
        TableData d = new TableData(pack, file);
        String id = d.text(table, "id");
        String rule = table.hasNonNull("rule") ? d.text(table, "rule") : null;
        JsonNode rows = d.require(table, "rows");
        List<Object> out = new ArrayList<>();
        Band higher = null;
        for (int rank = 0; rank < rows.size(); rank++) {
            JsonNode row = rows.get(rank);
            JsonNode v = d.require(row, "value");
            if (row.has("above") && row.has("atLeast") || row.has("atMost") && row.has("below")) {
                throw d.problem(id + " row " + rank + ": give one lower bound (above or atLeast) and one upper (atMost or below)");
            }
            BigDecimal lower = row.has("above") ? d.number(row, "above") : row.has("atLeast") ? d.number(row, "atLeast") : null;
            BigDecimal upper = row.has("atMost") ? d.number(row, "atMost") : row.has("below") ? d.number(row, "below") : null;
            Band b = new Band(id, rule, rank, v.asText(), d.bilingual(row, "label"), lower, row.has("atLeast"), upper, row.has("atMost"));
            if (higher == null ? upper != null : !higher.touches(b)) {
                throw d.problem(id + " row " + rank + ": the rows must run from the highest band down, each starting where the one above ends");
            }
            out.add(b);
            higher = b;
        }
        if (higher == null || higher.lower != null) {
            throw d.problem(id + ": the last row must have no lower bound");
        }
        return out;
    }

    /** This band's lower bound is where {@code next}, the band below, ends, and exactly one of them holds it. */
    private boolean touches(Band next) {
        return lower != null && next.upper != null && lower.compareTo(next.upper) == 0 && lowerInclusive != next.upperInclusive;
    }

    public boolean covers(Number x) {
        if (x == null) {
            return false;
        }
        BigDecimal v = new BigDecimal(x.toString());
        boolean aboveLower = lower == null || (lowerInclusive ? v.compareTo(lower) >= 0 : v.compareTo(lower) > 0);
        boolean belowUpper = upper == null || (upperInclusive ? v.compareTo(upper) <= 0 : v.compareTo(upper) < 0);
        return aboveLower && belowUpper;
    }

    public String getTable() {
        return table;
    }

    /** The id of the rule that reports a value of this table, when the table names one. */
    public String getRule() {
        return rule;
    }

    /** 0 for the highest band. */
    public int getRank() {
        return rank;
    }

    public String getValue() {
        return value;
    }

    public RiskColor getColor() {
        return RiskColor.valueOf(value);
    }

    public BigDecimal getNumber() {
        return new BigDecimal(value);
    }

    /** The source's name for the band (e.g. 高度危险), or null. */
    public Text getLabel() {
        return label;
    }

    /** The band in interval notation, e.g. {@code (160, 320]}, for evidence. */
    public String getBounds() {
        return (lower == null ? "(-∞" : (lowerInclusive ? "[" : "(") + lower.toPlainString()) + ", "
                + (upper == null ? "∞)" : upper.toPlainString() + (upperInclusive ? "]" : ")"));
    }

    @Override
    public String toString() {
        return table + ":" + value + getBounds();
    }
}
