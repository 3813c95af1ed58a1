package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Pointers;
import dev.safegrade.internal.tables.ParkChecklist;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the schema cannot say: dates that do not exist, the 统一社会信用代码 check character, numbers beyond a
 * double, ids repeated within a list, dangling unit ids, dates out of order, and 导则 checklist scores the
 * reference does not allow.
 */
final class SemanticChecks {
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private SemanticChecks() {
    }

    /** Checks that run on any JSON value: numbers and dates. */
    static void checkValues(JsonNode node, String at, ProblemCollector out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                checkValues(e.getValue(), Pointers.child(at, e.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), Pointers.child(at, i), out);
            }
            checkUniqueIds(node, at, out);
        } else if (node.isNumber()) {
            if (Double.isInfinite(node.doubleValue()) || Double.isNaN(node.doubleValue())) {
                out.add(at, "a number within the range of a double", SchemaProblems.show(node));
            }
        } else if (node.isTextual() && DATE_SHAPE.matcher(node.asText()).matches()) {
            try {
                LocalDate.parse(node.asText(), STRICT_DATE);
            } catch (DateTimeParseException e) {
                out.add(at, "a date that exists", SchemaProblems.show(node));
            }
        }
    }

    /** Checks that need the document's meaning; run only on schema-valid documents. */
    static void checkMeaning(JsonNode doc, ProblemCollector out) {
        JsonNode enterprise = doc.path("enterprise");
        if (enterprise.isObject()) {
            checkUscc(enterprise.path("id"), "/enterprise/id", out);
            checkUnitReferences(enterprise, out);
            checkHazardDates(enterprise, out);
            checkStandardizationDates(enterprise.path("standardization"), out);
            checkInsuranceCover(enterprise, out);
        }
        JsonNode park = doc.path("park");
        if (park.isObject()) {
            checkParkChecklist(park, out);
        }
    }

    private static void checkUniqueIds(JsonNode array, String at, ProblemCollector out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode id = array.get(i).path("id");
            if (!id.isTextual()) {
                continue;
            }
            Integer first = seen.putIfAbsent(id.asText(), i);
            if (first != null) {
                out.add(Pointers.child(Pointers.child(at, i), "id"), "an id unique in its list",
                        SchemaProblems.show(id) + ", already used at " + Pointers.child(at, first));
            }
        }
    }

    private static void checkUscc(JsonNode id, String at, ProblemCollector out) {
        if (!id.isTextual() || id.asText().length() != 18) {
            return; // the schema reports the shape
        }
        String code = id.asText();
        try {
            char expected = Uscc.expectedCheckCharacter(code);
            if (expected != code.charAt(17)) {
                out.add(at, "a 统一社会信用代码 whose check character (GB 32100-2015) is '" + expected + "'",
                        SchemaProblems.show(id) + " ending in '" + code.charAt(17) + "'");
            }
        } catch (IllegalArgumentException e) {
            out.add(at, "a 统一社会信用代码 of the characters " + Uscc.CHARSET, SchemaProblems.show(id));
        }
    }

    private static void checkUnitReferences(JsonNode enterprise, ProblemCollector out) {
        Set<String> units = new HashSet<>();
        enterprise.path("units").forEach(u -> units.add(u.path("id").asText()));
        JsonNode points = enterprise.path("riskPoints");
        for (int i = 0; i < points.size(); i++) {
            JsonNode unit = points.get(i).path("unit");
            if (unit.isTextual() && !units.contains(unit.asText())) {
                out.add("/enterprise/riskPoints/" + i + "/unit", "the id of one of /enterprise/units " + new java.util.TreeSet<>(units),
                        SchemaProblems.show(unit) + ", which no unit has");
            }
        }
    }

    private static void checkHazardDates(JsonNode enterprise, ProblemCollector out) {
        JsonNode hazards = enterprise.path("hazards");
        for (int i = 0; i < hazards.size(); i++) {
            JsonNode h = hazards.get(i);
            LocalDate found = date(h.path("foundOn"));
            if (found == null) {
                continue;
            }
            for (String key : new String[] {"deadline", "rectifiedOn"}) {
                LocalDate d = date(h.path(key));
                if (d != null && d.isBefore(found)) {
                    out.add("/enterprise/hazards/" + i + "/" + key, "a date on or after foundOn (" + found + ")", "\"" + d + "\"");
                }
            }
        }
    }

    /** A grade lasts, and is revoked, only after it was awarded. */
    private static void checkStandardizationDates(JsonNode standardization, ProblemCollector out) {
        LocalDate awarded = date(standardization.path("awardedOn"));
        if (awarded == null) {
            return;
        }
        for (String key : new String[] {"validUntil", "revokedOn"}) {
            LocalDate d = date(standardization.path(key));
            if (d != null && d.isBefore(awarded)) {
                out.add("/enterprise/standardization/" + key, "a date on or after awardedOn (" + awarded + ")", "\"" + d + "\"");
            }
        }
    }

    /** A policy said to cover all employees cannot cover fewer people than the enterprise employs. */
    private static void checkInsuranceCover(JsonNode enterprise, ProblemCollector out) {
        JsonNode policy = enterprise.path("insurance").path("safetyLiability");
        JsonNode covered = policy.path("employeesCovered");
        JsonNode employees = enterprise.path("employees");
        if (policy.path("coversAllEmployees").asBoolean(false) && covered.isIntegralNumber() && employees.isIntegralNumber()
                && covered.asLong() < employees.asLong()) {
            out.add("/enterprise/insurance/safetyLiability/employeesCovered",
                    "at least /enterprise/employees (" + employees.asLong() + "), as coversAllEmployees is true", covered.toString());
        }
    }

    /**
     * The 导则 checklist: each row once; and, under the edition the park names, every score the reference
     * can check — one of the row's allowed scores, at most the row's maximum, at most the points of the row's
     * element (要素) together with the other rows of that element, at most the checklist's total. Rows the
     * reference does not describe are accepted (the pack lists them as unchecked).
     */
    private static void checkParkChecklist(JsonNode park, ProblemCollector out) {
        JsonNode rows = park.path("checklist");
        String at = "/park/checklist";
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Integer first = seen.putIfAbsent(rows.get(i).path("row").asInt(), i);
            if (first != null) {
                out.add(at + "/" + i + "/row", "each checklist row once", "row " + rows.get(i).path("row").asInt()
                        + " again, already at " + at + "/" + first);
            }
        }
        JsonNode edition = park.path("checklistEdition");
        ParkChecklist checklist = edition.isTextual() ? ShippedChecklists.of(edition.asText()).orElse(null) : null;
        if (checklist == null) {
            return;
        }
        String guide = "导则 edition " + checklist.getEdition();
        Map<String, BigDecimal> partSums = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            int number = rows.get(i).path("row").asInt();
            BigDecimal score = rows.get(i).path("score").decimalValue();
            total = total.add(score);
            ParkChecklist.Row row = checklist.row(number).orElse(null);
            if (row == null) {
                continue;
            }
            partSums.merge(row.part(), score, BigDecimal::add);
            String which = guide + ", row " + number + " (" + row.part() + ": " + row.content() + ")";
            if (row.allowed() != null && row.allowed().stream().noneMatch(a -> a.compareTo(score) == 0)) {
                out.add(at + "/" + i + "/score", "one of " + plain(row.allowed()) + " (" + which + ")", plain(score));
            } else if (row.allowed() == null && row.max() != null && score.compareTo(row.max()) > 0) {
                out.add(at + "/" + i + "/score", "at most " + plain(row.max()) + " (" + which + ")", plain(score));
            }
        }
        for (ParkChecklist.Part part : checklist.parts()) {
            BigDecimal sum = partSums.getOrDefault(part.name(), BigDecimal.ZERO);
            if (sum.compareTo(part.max()) > 0) {
                List<Integer> numbers = part.rows().stream().map(ParkChecklist.Row::row).toList();
                out.add(at, "rows " + numbers + " of the element " + part.name() + " to give at most " + plain(part.max())
                        + " points together (" + guide + ")", plain(sum));
            }
        }
        if (checklist.getMaxTotal() != null && total.compareTo(checklist.getMaxTotal()) > 0) {
            out.add(at, "a total of at most " + plain(checklist.getMaxTotal()) + " points (" + guide + ")", plain(total));
        }
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String plain(List<BigDecimal> values) {
        return String.join(", ", values.stream().map(SemanticChecks::plain).toList());
    }

    private static LocalDate date(JsonNode n) {
        try {
            return n.isTextual() ? LocalDate.parse(n.asText(), STRICT_DATE) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
