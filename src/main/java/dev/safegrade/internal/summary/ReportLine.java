package dev.safegrade.internal.summary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Citation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a summary takes from one line of {@code evaluate --batch} output: a report (report-v1) or a batch error record
 * (an object with {@code errors}). Extracted from the JSON tree on the thread that read it, so that only this small
 * record travels to the summary, which takes lines one at a time in input order.
 */
public record ReportLine(
        Error error,
        String subjectKind, String subjectId, String subjectName, String region, String industry,
        LocalDate asOf,
        String colour, String parkClass,
        List<FindingRow> findings,
        List<MajorRisk> majorRisks,
        List<RegisterHazard> registerHazards,
        Obligation insurance, Obligation commitment, Standing standardization,
        List<AccidentRow> accidents) {

    /** A batch line that could not be evaluated: where, and its first problem. */
    public record Error(String source, long line, String message) {
    }

    /** A finding, with what the 重大事故隐患 list shows of it (evidence names the element: unit, person, …). */
    public record FindingRow(String ruleId, String pack, String severity, String colour, String path, String titleZh,
                             String titleEn, String citation, String confidence, String element) {
        /** 重大事故隐患 are the {@code MHC-*} items (report-v1's rule ids). */
        public boolean majorAccidentHazard() {
            return ruleId.startsWith("MHC-");
        }
    }

    /** An entry of the enterprise's 重大风险清单 (grades.majorRiskList) of colour RED. */
    public record MajorRisk(String id, String name, String unit) {
    }

    /** A 重大事故隐患 entry open in the register (grades.openMajorHazards). */
    public record RegisterHazard(String id, String item, String path, String deadline, Boolean overdue) {
    }

    /** An obligation's grade: whether it applies and whether it is met; null while unknown. */
    public record Obligation(Boolean required, Boolean met) {
    }

    /** The 标准化 grade held: its grade and whether it is valid on asOf. */
    public record Standing(String grade, Boolean valid) {
    }

    /** A graded accident (grades.accidents): its date and deaths, null while unknown. */
    public record AccidentRow(LocalDate date, Integer deaths) {
    }

    public boolean isError() {
        return error != null;
    }

    /**
     * Reads one root JSON value of a batch output.
     *
     * @throws IllegalArgumentException when it is neither a report nor an error record (the message says what it lacks)
     */
    public static ReportLine of(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a report (report-v1) or a batch error record, found " + kind(n));
        }
        if (n.has("errors")) {
            JsonNode first = n.path("errors").path(0);
            return new ReportLine(new Error(n.path("input").path("source").asText("-"), n.path("input").path("line").asLong(0),
                    first.path("message").asText("invalid input")), null, null, null, null, null, null, null, null, List.of(),
                    List.of(), List.of(), null, null, null, List.of());
        }
        if (!n.has("reportVersion") || !n.path("subject").has("id")) {
            throw new IllegalArgumentException("expected a report (report-v1: reportVersion, subject) or a batch error record, found an object with keys "
                    + keys(n));
        }
        JsonNode s = n.path("subject");
        JsonNode g = n.path("grades");
        List<FindingRow> findings = new ArrayList<>();
        for (JsonNode f : n.path("findings")) {
            JsonNode c = f.path("citations").path(0);
            findings.add(new FindingRow(f.path("ruleId").asText(), f.path("pack").asText(), f.path("severity").asText(),
                    text(f.path("color")), f.path("path").asText(), f.path("title").path("zh").asText(null),
                    f.path("title").path("en").asText(null), citation(c), text(c.path("confidence")), element(f.path("evidence"))));
        }
        List<MajorRisk> risks = new ArrayList<>();
        for (JsonNode r : g.path("majorRiskList")) {
            if ("RED".equals(r.path("color").asText())) {
                risks.add(new MajorRisk(text(r.path("id")), text(r.path("name")), text(r.path("unit"))));
            }
        }
        List<RegisterHazard> hazards = new ArrayList<>();
        for (JsonNode h : g.path("openMajorHazards")) {
            hazards.add(new RegisterHazard(text(h.path("id")), text(h.path("item")), text(h.path("path")), text(h.path("deadline")),
                    bool(h.path("overdue"))));
        }
        List<AccidentRow> accidents = new ArrayList<>();
        for (JsonNode a : g.path("accidents")) {
            accidents.add(new AccidentRow(date(a.path("date")), a.path("deaths").isIntegralNumber() ? a.path("deaths").asInt() : null));
        }
        return new ReportLine(null, s.path("kind").asText(), s.path("id").asText(), s.path("name").asText(), text(s.path("region")),
                text(s.path("industry")), date(n.path("asOf")), decided(g.path("riskColor"), "value"), decided(g.path("parkRisk"), "class"),
                findings, risks, hazards, obligation(g.path("insurance"), "covered"), obligation(g.path("commitment"), "signed"),
                g.has("standardization") ? new Standing(text(g.path("standardization").path("grade")), bool(g.path("standardization").path("valid")))
                        : null,
                accidents);
    }

    /** A grade's decided value, {@code undecided} when the grade is there without one, null when it is absent. */
    private static String decided(JsonNode grade, String key) {
        if (grade.isMissingNode() || grade.isNull()) {
            return null;
        }
        String v = text(grade.path(key));
        return v == null ? "undecided" : v;
    }

    private static Obligation obligation(JsonNode grade, String met) {
        return grade.isObject() ? new Obligation(bool(grade.path("required")), bool(grade.path(met))) : null;
    }

    /** The element a finding is about, as its evidence names it (unit, person, point, hazard …), else null. */
    private static String element(JsonNode evidence) {
        for (String key : List.of("unit", "riskPoint", "point", "person", "hazard", "equipment", "room", "machine", "mine", "pond", "accident", "licence")) {
            if (evidence.path(key).isTextual()) {
                return evidence.path(key).asText();
            }
        }
        return null;
    }

    private static String citation(JsonNode c) {
        return c.isMissingNode() ? null
                : Citation.reference(c.path("document").asText(), c.path("docNumber").asText(""), c.path("clause").asText(""));
    }

    private static String text(JsonNode n) {
        return n.isValueNode() && !n.isNull() ? n.asText() : null;
    }

    private static Boolean bool(JsonNode n) {
        return n.isBoolean() ? n.asBoolean() : null;
    }

    private static LocalDate date(JsonNode n) {
        try {
            return n.isTextual() ? LocalDate.parse(n.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String kind(JsonNode n) {
        return n == null ? "nothing" : n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        return k.size() > 6 ? k.subList(0, 6) + "…" : k.toString();
    }
}
