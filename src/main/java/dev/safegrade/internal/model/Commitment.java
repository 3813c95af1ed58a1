package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/**
 * The enterprise's 安全生产承诺 (承诺制): whether its main responsible person (实际控制人) has signed it, the form of the
 * latest commitment (定期/许可/事故后, 陕应急〔2019〕109号), its date, whether it is public, and whether the enterprise
 * runs the daily 安全风险研判与承诺公告 of the 2018 应急管理部 duty for 危化 enterprises (pack commitment).
 */
@ClassReactive
public final class Commitment extends Element {
    private Boolean signed;
    private String type;
    private LocalDate date;
    private Boolean publicDisplayed;
    private Boolean dailyRiskAnnouncement;

    public Boolean getSigned() {
        return signed;
    }

    /** {@code periodic} (定期承诺), {@code licence} (许可承诺) or {@code post-accident} (事故后承诺); null = not known. */
    public String getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    public Boolean getPublicDisplayed() {
        return publicDisplayed;
    }

    public Boolean getDailyRiskAnnouncement() {
        return dailyRiskAnnouncement;
    }
}
