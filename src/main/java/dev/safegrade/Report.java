package dev.safegrade;

import dev.safegrade.internal.json.ImmutableTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating one subject: report-v1. Immutable; {@link #toJson()} gives exactly the contract's
 * JSON, byte-identical for the same input and packs.
 *
 * @param grades      named conclusions (report-v1 "Grade keys"): values are immutable maps, lists, strings,
 *                    numbers and booleans in the contract's shapes
 * @param findings    sorted by severity, then rule id, then path
 * @param waived      findings a waiver accepted on {@code asOf}, each with its waiver (never among {@code findings})
 * @param notEvaluated rules that apply but lacked facts
 * @param notInForce  rules whose regulation edition was not in force on {@code asOf}
 * @param waiverNotices waivers for this subject that waived nothing on {@code asOf}: expired, not yet valid, or matching no finding
 */
public record Report(String toolVersion, Subject subject, LocalDate asOf, String profile, List<PackInfo> packs,
                     InputRef input, Map<String, Object> grades, List<Finding> findings, List<WaivedFinding> waived,
                     List<NotEvaluated> notEvaluated, List<NotInForce> notInForce, List<WaiverNotice> waiverNotices) {
    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(input, "input");
        packs = List.copyOf(packs);
        grades = ImmutableTree.copyOfMap(grades);
        findings = List.copyOf(findings);
        waived = List.copyOf(waived);
        notEvaluated = List.copyOf(notEvaluated);
        notInForce = List.copyOf(notInForce);
        waiverNotices = List.copyOf(waiverNotices);
    }

    /** The report-v1 JSON, indented with two spaces, ending in a newline. */
    public String toJson() {
        return Renderers.LIBRARY.json(this, true);
    }

    /** The report-v1 JSON on one line (for NDJSON output), without a trailing newline. */
    public String toCompactJson() {
        return Renderers.LIBRARY.json(this, false);
    }

    /**
     * The report for a person at a terminal, at most 100 columns wide: the grades, then each finding's severity,
     * colour, rule id and path with its message and citation numbers beneath, each citation once in full at the end.
     */
    public String toText(Language language) {
        return Renderers.LIBRARY.text(this, language);
    }

    /** The grades worded as the text report shows them, in {@code language}, in the order the packs declare. */
    public List<GradeLine> gradeLines(Language language) {
        return Renderers.LIBRARY.grades(this, language);
    }

    /** The most serious finding's severity, if there is any finding. */
    public Optional<Severity> highestSeverity() {
        return findings.stream().map(Finding::severity).min(Enum::compareTo);
    }

    /** A grade by its report-v1 key, e.g. {@code accidents}; see also the typed accessors below. */
    public Optional<Object> grade(String key) {
        return Optional.ofNullable(grades.get(key));
    }

    /**
     * {@code grades.riskColor}: the enterprise's overall four-colour level; empty when no pack concluded it.
     *
     * @throws IllegalStateException when the grade is not in report-v1's shape (as for the other typed accessors)
     */
    public Optional<RiskColorGrade> riskColor() {
        return TypedGrades.riskColor(grades);
    }

    /** {@code grades.riskPoints}, in input order; empty when there is none or no pack concluded it. */
    public List<RiskPointGrade> riskPoints() {
        return TypedGrades.riskPoints(grades);
    }

    /** {@code grades.majorHazardSources}: the units that are 重大危险源; empty when none is or no pack concluded it. */
    public List<MajorHazardSource> majorHazardSources() {
        return TypedGrades.majorHazardSources(grades);
    }

    /** {@code grades.chemEnterpriseRisk}: the 应急〔2018〕19号 diagnosis; empty when it did not apply. */
    public Optional<ChemDiagnosisGrade> chemEnterpriseRisk() {
        return TypedGrades.chemEnterpriseRisk(grades);
    }

    /** {@code grades.standardization}: the 标准化 grade held and its standing; empty when none is held or its validity is unknown. */
    public Optional<StandardizationGrade> standardization() {
        return TypedGrades.standardization(grades);
    }

    /** {@code grades.parkRisk}: the 化工园区 risk class; empty when no pack concluded it. */
    public Optional<ParkRiskGrade> parkRisk() {
        return TypedGrades.parkRisk(grades);
    }
}
