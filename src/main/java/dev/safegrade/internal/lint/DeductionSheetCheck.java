package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * "deduction-sheet" (SheetItem, SheetLine): a scoring sheet whose items share out its {@code total}. The items'
 * points add up to the total exactly (short of it, points of the sheet belong to no item; over it, to two), each
 * item reports under a rule the manifest describes, and each line has a unique id, a text in zh and en, exactly
 * one of {@code deduct} and {@code bonus} (positive), and {@code each} true or false.
 */
final class DeductionSheetCheck implements TableKindCheck {
    @Override
    public String kind() {
        return "deduction-sheet";
    }

    @Override
    public void check(JsonNode table, LintTarget pack, Out out) {
        if (!table.path("id").isTextual()) {
            out.problem("/id", "a deduction sheet needs an \"id\" (rules match on it)");
        }
        if (!table.path("total").isNumber()) {
            out.problem("/total", "a deduction sheet needs its \"total\" points");
            return;
        }
        JsonNode items = table.path("items");
        if (!items.isArray() || items.isEmpty()) {
            out.problem("/items", "a deduction sheet needs \"items\"");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "/items/" + i;
            if (!pack.ruleIds().contains(item.path("rule").asText())) {
                out.problem(at + "/rule", "item " + item.path("no") + " reports under rule " + item.path("rule") + ", which pack.json does not describe");
            }
            if (!item.path("no").isTextual()) {
                out.problem(at, "item " + i + " needs its \"no\" on the sheet");
            }
            if (!item.path("points").isNumber() || item.path("points").decimalValue().signum() < 0) {
                out.problem(at + "/points", "item " + item.path("no") + " needs \"points\" >= 0, found " + item.path("points"));
            } else {
                sum = sum.add(item.path("points").decimalValue());
            }
            JsonNode lines = item.path("lines");
            if (!lines.isArray()) {
                out.problem(at, "item " + item.path("no") + " needs \"lines\"");
                continue;
            }
            for (int j = 0; j < lines.size(); j++) {
                line(lines.get(j), at + "/lines/" + j, lineIds, out);
            }
        }
        BigDecimal total = table.path("total").decimalValue();
        if (sum.compareTo(total) != 0) {
            out.problem("/total", (sum.compareTo(total) < 0 ? "gap" : "overlap") + ": the items' points add up to " + sum.stripTrailingZeros().toPlainString()
                    + ", not the sheet's total " + total.stripTrailingZeros().toPlainString());
        }
    }

    private static void line(JsonNode line, String at, Set<String> ids, Out out) {
        String id = line.path("id").asText("");
        if (id.isEmpty()) {
            out.problem(at, "a line needs an \"id\"");
        } else if (!ids.add(id)) {
            out.problem(at + "/id", "line " + id + " appears twice");
        }
        if (line.has("deduct") == line.has("bonus")) {
            out.problem(at, "line " + id + ": give exactly one of deduct and bonus");
        } else {
            JsonNode points = line.has("deduct") ? line.get("deduct") : line.get("bonus");
            if (!points.isNumber() || points.decimalValue().signum() <= 0) {
                out.problem(at, "line " + id + ": points per occurrence must be a positive number, found " + points);
            }
        }
        if (line.path("text").path("zh").asText("").isBlank() || line.path("text").path("en").asText("").isBlank()) {
            out.problem(at, "line " + id + " needs a \"text\" {zh, en}");
        }
        if (!line.path("each").isBoolean()) {
            out.problem(at, "line " + id + ": \"each\" is true (every occurrence counts) or false (once)");
        }
    }
}
