package dev.safegrade.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Finding;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import dev.safegrade.RiskColorGrade;
import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Hazard;
import dev.safegrade.internal.model.Insurance;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.RuleMeta;
import dev.safegrade.internal.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The park roll-up ({@code grades.parkMembers}): its member enterprises counted by overall colour, those with an
 * open 重大事故隐患, and those without 安责险 — from the members' reports and facts, evaluated for the park's asOf.
 * What it knows of particular regulations comes from the packs: which rules are 重大事故隐患 criteria items (their
 * kind, {@link RuleMeta#MAJOR_ACCIDENT_HAZARD}) and which industries must buy 安责险 (the {@link #INSURANCE_TABLE}
 * table of a pack the park is evaluated with).
 */
public final class ParkMembers {
    /** The id of the {@code industries} table listing the high-risk industries that must buy 安责险. */
    public static final String INSURANCE_TABLE = "safety-liability-insurance-required";

    private ParkMembers() {
    }

    /** One member: its facts and its report. */
    public record Member(Enterprise facts, Report report) {
    }

    /**
     * The industries the packs' {@link #INSURANCE_TABLE} table lists (the first pack that has one), or null when none
     * has: then whether a member without 安责险 is required to have it is not known ({@code required: null}).
     */
    public static Set<String> insuranceRequired(List<Pack> packs) {
        for (Pack p : packs) {
            for (Map.Entry<String, JsonNode> t : p.tables().entrySet()) {
                JsonNode table = t.getValue();
                if ("industries".equals(table.path("kind").asText()) && INSURANCE_TABLE.equals(table.path("id").asText())) {
                    return Tables.industries(p.id(), t.getKey(), table);
                }
            }
        }
        return null;
    }

    /**
     * @param majorAccidentHazard whether a rule id is a 重大事故隐患 criteria item (by its kind in its pack)
     * @param insuranceRequired   the industries that must buy 安责险, or null when no pack says
     */
    public static Map<String, Object> summarise(List<Member> members, LocalDate asOf, Predicate<String> majorAccidentHazard,
                                                Set<String> insuranceRequired) {
        Map<String, Object> byColor = new LinkedHashMap<>();
        for (RiskColor c : RiskColor.values()) {
            byColor.put(c.name(), 0);
        }
        byColor.put("undetermined", 0);
        List<Object> list = new ArrayList<>();
        List<Object> majorHazards = new ArrayList<>();
        List<Object> uninsured = new ArrayList<>();
        for (Member m : members) {
            Enterprise e = m.facts();
            String color = colorOf(m.report());
            byColor.merge(color == null ? "undetermined" : color, 1, (a, b) -> (Integer) a + (Integer) b);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", e.getId());
            entry.put("name", e.getName());
            entry.put("riskColor", color);
            list.add(entry);

            List<String> open = e.getHazards().stream().filter(h -> "major".equals(h.getGrade()) && h.openOn(asOf)).map(Hazard::getId).toList();
            Set<String> items = new TreeSet<>();
            m.report().findings().stream().map(Finding::ruleId).filter(majorAccidentHazard).forEach(items::add);
            if (!open.isEmpty() || !items.isEmpty()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("id", e.getId());
                h.put("name", e.getName());
                h.put("registerEntries", open);
                h.put("criteriaItems", List.copyOf(items));
                majorHazards.add(h);
            }

            String status = insuranceStatus(e.getInsurance(), asOf);
            if (!"insured".equals(status)) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("id", e.getId());
                u.put("name", e.getName());
                u.put("status", status);
                u.put("required", insuranceRequired == null ? null : insuranceRequired.contains(e.getIndustry()));
                uninsured.add(u);
            }
        }
        Map<String, Object> grade = new LinkedHashMap<>();
        grade.put("count", members.size());
        grade.put("byColor", byColor);
        grade.put("openMajorHazards", majorHazards);
        grade.put("withoutSafetyLiabilityInsurance", uninsured);
        grade.put("members", list);
        return grade;
    }

    private static String colorOf(Report r) {
        return r.riskColor().flatMap(RiskColorGrade::value).map(RiskColor::name).orElse(null);
    }

    /** {@code insured}, {@code not-insured}, {@code lapsed} (validUntil before asOf) or {@code unknown}. */
    static String insuranceStatus(Insurance insurance, LocalDate asOf) {
        Insurance.SafetyLiability sl = insurance == null ? null : insurance.getSafetyLiability();
        if (sl == null || sl.getInsured() == null) {
            return "unknown";
        }
        if (!sl.getInsured()) {
            return "not-insured";
        }
        if (sl.getValidUntil() != null && sl.getValidUntil().isBefore(asOf)) {
            return "lapsed";
        }
        return sl.getValidUntil() == null ? "unknown" : "insured";
    }
}
