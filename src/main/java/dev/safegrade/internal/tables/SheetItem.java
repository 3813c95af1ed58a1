package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.type.ClassReactive;

/**
 * An item of a "deduction-sheet" table: a scoring sheet whose items each start with their allotted points
 * and lose points line by line, never more than they have; some lines add bonus points instead. The items'
 * points must add up to the sheet's {@code total}. The table's facts are its items and their
 * {@link SheetLine}s.
 */
@ClassReactive
public final class SheetItem {
    private final String sheet;
    private final String rule;
    private final String no;
    private final Text name;
    private final BigDecimal points;
    private final int lines;
    private final int order;

    private SheetItem(String sheet, String rule, String no, Text name, BigDecimal points, int lines, int order) {
        this.sheet = sheet;
        this.rule = rule;
        this.no = no;
        this.name = name;
        this.points = points;
        this.lines = lines;
        this.order = order;
    }

    static List<Object> facts(String pack, String file, JsonNode table) {
        TableData d = new TableData(pack, file);
        String id = d.text(table, "id");
        BigDecimal total = d.number(table, "total");
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> lineIds = new HashSet<>();
        List<Object> out = new ArrayList<>();
        int order = 0;
        for (JsonNode item : d.require(table, "items")) {
            String rule = d.text(item, "rule");
            BigDecimal points = d.number(item, "points");
            JsonNode lines = d.require(item, "lines");
            out.add(new SheetItem(id, rule, d.text(item, "no"), d.bilingual(item, "name"), points, lines.size(), order++));
            sum = sum.add(points);
            for (JsonNode line : lines) {
                SheetLine l = SheetLine.of(d, id, rule, line);
                if (!lineIds.add(l.getId())) {
                    throw d.problem(id + ": line " + l.getId() + " appears twice");
                }
                out.add(l);
            }
        }
        if (sum.compareTo(total) != 0) {
            throw d.problem(id + ": the items' points add up to " + sum.toPlainString() + ", not the sheet's total " + total.toPlainString());
        }
        return out;
    }

    public String getSheet() {
        return sheet;
    }

    /** The id of the rule that reports this item. */
    public String getRule() {
        return rule;
    }

    /** The item's number on the sheet, e.g. {@code 1.1}. */
    public String getNo() {
        return no;
    }

    public Text getName() {
        return name;
    }

    /** The points allotted: the most the item can lose. */
    public BigDecimal getPoints() {
        return points;
    }

    /** How many lines the item has. */
    public int getLines() {
        return lines;
    }

    /** Position on the sheet, from 0. */
    public int getOrder() {
        return order;
    }

    @Override
    public String toString() {
        return sheet + ":" + no;
    }
}
