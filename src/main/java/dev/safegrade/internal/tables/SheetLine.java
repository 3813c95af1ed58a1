package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Text;
import java.math.BigDecimal;
import org.kie.api.definition.type.ClassReactive;

/**
 * A line of a {@link SheetItem}: what costs ({@code deduct}) or earns ({@code bonus}) points, and how many per
 * occurrence. Rules count the occurrences; the sheet says what each is worth.
 */
@ClassReactive
public final class SheetLine {
    private final String sheet;
    private final String item;
    private final String id;
    private final Text text;
    private final BigDecimal points;
    private final boolean bonus;
    private final boolean each;
    private final Integer level;

    private SheetLine(String sheet, String item, String id, Text text, BigDecimal points, boolean bonus, boolean each, Integer level) {
        this.sheet = sheet;
        this.item = item;
        this.id = id;
        this.text = text;
        this.points = points;
        this.bonus = bonus;
        this.each = each;
        this.level = level;
    }

    static SheetLine of(TableData d, String sheet, String item, JsonNode line) {
        String id = d.text(line, "id");
        if (line.has("deduct") == line.has("bonus")) {
            throw d.problem(sheet + " line " + id + ": give exactly one of deduct and bonus");
        }
        boolean bonus = line.has("bonus");
        BigDecimal points = d.number(line, bonus ? "bonus" : "deduct");
        if (points.signum() <= 0) {
            throw d.problem(sheet + " line " + id + ": points per occurrence are positive");
        }
        Text text = d.bilingual(line, "text");
        if (text == null) {
            throw d.problem(sheet + " line " + id + ": a line has a text {zh, en}");
        }
        JsonNode each = d.require(line, "each");
        if (!each.isBoolean()) {
            throw d.problem(sheet + " line " + id + ": \"each\" is true (every occurrence counts) or false (once)");
        }
        Integer level = line.hasNonNull("level") ? d.number(line, "level").intValueExact() : null;
        return new SheetLine(sheet, item, id, text, points, bonus, each.asBoolean(), level);
    }

    public String getSheet() {
        return sheet;
    }

    /** The rule id of the item the line belongs to. */
    public String getItem() {
        return item;
    }

    public String getId() {
        return id;
    }

    public Text getText() {
        return text;
    }

    /** Points per occurrence: lost for a deduction line, earned for a bonus line. */
    public BigDecimal getPoints() {
        return points;
    }

    public boolean isBonus() {
        return bonus;
    }

    /** Every occurrence counts; otherwise the line counts once, however often it occurs. */
    public boolean isEach() {
        return each;
    }

    /** The level (重大危险源 一级…四级, 标准化 一级…三级) a line is about, or null. */
    public Integer getLevel() {
        return level;
    }

    @Override
    public String toString() {
        return sheet + ":" + id;
    }
}
