package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Written safety rules of the enterprise (安全管理制度). Absent = every fact unknown. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@ClassReactive
public final class SafetyManagement {
    /** Stands for an absent {@code safetyManagement}: nothing is known. */
    static final SafetyManagement UNKNOWN = new SafetyManagement();

    private Boolean operatingProcedures;
    private Boolean specialWorkRules;
    private Integer postsWithoutSafetyResponsibilities;
    // 重大事故隐患 criteria (化工 第十六项, 烟花爆竹 第十三项).
    private Boolean hazardInvestigationSystem;

    public Boolean getOperatingProcedures() {
        return operatingProcedures;
    }

    public Boolean getSpecialWorkRules() {
        return specialWorkRules;
    }

    public Integer getPostsWithoutSafetyResponsibilities() {
        return postsWithoutSafetyResponsibilities;
    }

    public Boolean getHazardInvestigationSystem() {
        return hazardInvestigationSystem;
    }
}
