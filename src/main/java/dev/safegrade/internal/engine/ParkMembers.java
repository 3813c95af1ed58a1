package dev.safegrade.internal.engine;

import dev.safegrade.Finding;
import dev.safegrade.Report;
import dev.safegrade.RiskColor;
import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Hazard;
import dev.safegrade.internal.model.Insurance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The park roll-up ({@code grades.parkMembers}): its member enterprises counted by overall colour, those with an
 * open 重大事故隐患, and those without 安责险 — from the members' reports and facts, evaluated for the park's asOf.
 */
public final class ParkMembers {
    /**
     * The eight high-risk industries that must buy 安责险 (安全生产法 第五十一条; 应急〔2025〕27号 第二条, confirmed in
     * the domain reference: 矿山、危险化学品、烟花爆竹、交通运输、建筑施工、民用爆炸物品、金属冶炼、渔业生产), as facts-v1 industries.
     */
    static final Set<String> INSURANCE_REQUIRED = Set.of("coal-mine", "metal-nonmetal-mine", "hazardous-chemicals", "fireworks",
            "transport", "construction", "civil-explosives", "metal-smelting", "fishery");

    private ParkMembers() {
    }

    /** One member: its facts and its report. */
    public record Member(Enterprise facts, Report report) {
    }

    public static Map<String, Object> summarise(List<Member> members, LocalDate asOf) {
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
            m.report().findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("MHC-")).forEach(items::add);
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
                u.put("required", INSURANCE_REQUIRED.contains(e.getIndustry()));
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
        Object g = r.grades().get("riskColor");
        return g instanceof Map<?, ?> m && m.get("value") != null ? String.valueOf(m.get("value")) : null;
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
