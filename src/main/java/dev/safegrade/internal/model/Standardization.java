package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** 安全生产标准化 status. */
@ClassReactive
public final class Standardization extends Element {
    private Integer grade;
    private LocalDate awardedOn;
    private SelfAssessment selfAssessment;

    public Integer getGrade() {
        return grade;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public SelfAssessment getSelfAssessment() {
        return selfAssessment;
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
}
