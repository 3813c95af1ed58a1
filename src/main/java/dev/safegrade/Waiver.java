package dev.safegrade;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A named person's acceptance, on the record, of one rule's findings for one subject for a while (e.g. a rectification
 * plan approved by the regulator). A waiver never hides a finding: a waived finding moves to {@link Report#waived()}
 * with its waiver, and every format shows it.
 *
 * @param rule             the rule id whose findings it accepts
 * @param subject          the 统一社会信用代码 (or park id) of the subject it is for
 * @param path             when given, only findings at this JSON Pointer or below it
 * @param justification    why the finding is accepted
 * @param approvedBy       who approved it
 * @param approvalDocument the approval's document number (文号)
 * @param validFrom        the first day it applies
 * @param validUntil       the last day it applies
 */
public record Waiver(String rule, String subject, Optional<String> path, String justification, String approvedBy,
                     String approvalDocument, LocalDate validFrom, LocalDate validUntil) {
    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvalDocument, "approvalDocument");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** Who accepted it, on what document, for which days, and why, in one line: {@code 豁免 王某（文号，2026-04-01 – 2026-09-30）：理由}. */
    public String summary(Language lang) {
        boolean zh = lang == Language.ZH;
        return (zh ? "豁免 " : "waived by ") + approvedBy + (zh ? "（" : " (") + approvalDocument + (zh ? "，" : ", ")
                + validFrom + " – " + validUntil + (zh ? "）：" : "): ") + justification;
    }

    /** Whether it applies on {@code day} (both ends included). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** Whether it covers {@code finding} of {@code subjectId}: same subject, same rule, and at or below its path. */
    public boolean covers(String subjectId, Finding finding) {
        return subject.equals(subjectId) && rule.equals(finding.ruleId())
                && path.map(p -> finding.path().equals(p) || finding.path().startsWith(p + "/")).orElse(true);
    }
}
