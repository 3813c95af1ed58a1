package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** 安全生产标准化 status: the grade held, its dates, and the latest application. */
@ClassReactive
public final class Standardization extends Element {
    private Integer grade;
    private String regime;
    private LocalDate awardedOn;
    private LocalDate validUntil;
    private LocalDate revokedOn;
    private SelfAssessment selfAssessment;
    private Application application;

    public Integer getGrade() {
        return grade;
    }

    /** The rules the grade was awarded (or is applied for) under: {@code mem-2021}, {@code hazchem-2011}, {@code industry-trade-2011}. */
    public String getRegime() {
        return regime;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    /** The last valid day printed on the certificate, or null (then counted from {@link #getAwardedOn()}). */
    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public SelfAssessment getSelfAssessment() {
        return selfAssessment;
    }

    public Application getApplication() {
        return application;
    }

    /** The enterprise's latest self-assessment. */
    @ClassReactive
    public static final class SelfAssessment {
        private LocalDate date;
        private Double score;

        public LocalDate getDate() {
            return date;
        }

        public Double getScore() {
            return score;
        }
    }

    /** The latest application for a grade; the conditions to apply are checked on its date. */
    @ClassReactive
    public static final class Application {
        private Integer grade;
        private String regime;
        private LocalDate on;
        private Double score;

        public Integer getGrade() {
            return grade;
        }

        public String getRegime() {
            return regime;
        }

        public LocalDate getOn() {
            return on;
        }

        /** The review's (评审/考评) score on a 100-point scale, or null. */
        public Double getScore() {
            return score;
        }
    }
}
