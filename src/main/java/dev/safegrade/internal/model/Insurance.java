package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** 安责险 and other insurance. */
@ClassReactive
public final class Insurance extends Element {
    private SafetyLiability safetyLiability;

    public SafetyLiability getSafetyLiability() {
        return safetyLiability;
    }

    /** 安全生产责任保险. */
    @ClassReactive
    public static final class SafetyLiability {
        private Boolean insured;
        private LocalDate validUntil;
        private Double perPersonLimitYuan;
        private Boolean coversAllEmployees;
        private Integer employeesCovered;

        public Boolean getInsured() {
            return insured;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }

        public Double getPerPersonLimitYuan() {
            return perPersonLimitYuan;
        }

        public Boolean getCoversAllEmployees() {
            return coversAllEmployees;
        }

        /** 参保从业人员数: employees the policy covers. */
        public Integer getEmployeesCovered() {
            return employeesCovered;
        }
    }
}
