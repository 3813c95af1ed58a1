package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Safety management systems of the enterprise (安全管理制度) that criteria items ask about. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class ManagementSystems {
    private Boolean postResponsibilitySystem;
    private Boolean hazardInvestigationSystem;
    private Boolean specialWorkRules;

    public Boolean getPostResponsibilitySystem() {
        return postResponsibilitySystem;
    }

    public Boolean getHazardInvestigationSystem() {
        return hazardInvestigationSystem;
    }

    public Boolean getSpecialWorkRules() {
        return specialWorkRules;
    }
}
