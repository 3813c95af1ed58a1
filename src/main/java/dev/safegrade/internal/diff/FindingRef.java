package dev.safegrade.internal.diff;

/**
 * One finding of a report as the diff sees it. Its identity is its rule and the element it is about: the same
 * (ruleId, path) in two reports is the same finding, whatever its severity or colour became.
 *
 * @param occurrence 1 for the first finding of this (ruleId, path) in the report, 2 for a second one, …: a rule
 *                   may report one element twice, and the pair must still name one finding
 */
public record FindingRef(String ruleId, String path, int occurrence, String pack, String severity, String color,
                         String titleZh, String titleEn) {
    public String identity() {
        return ruleId + " " + path + (occurrence > 1 ? " #" + occurrence : "");
    }

    /** A 重大事故隐患: a critical finding of one of the MHC criteria. */
    public boolean majorHazard() {
        return "critical".equals(severity) && ruleId.startsWith("MHC-");
    }

    public String title(boolean zh) {
        String t = zh ? titleZh : titleEn;
        return t != null ? t : zh ? titleEn : titleZh;
    }
}
