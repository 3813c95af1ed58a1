package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/** How a warehouse stores hazardous chemicals (危险化学品储存). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class Storage {
    private Double storedT;
    private Double approvedT;
    private List<String> approvedSubstances;
    private Boolean segregatedByClass;
    private Boolean incompatiblesTogether;

    public Double getStoredT() {
        return storedT;
    }

    public Double getApprovedT() {
        return approvedT;
    }

    public List<String> getApprovedSubstances() {
        return approvedSubstances == null ? List.of() : approvedSubstances;
    }

    public Boolean getSegregatedByClass() {
        return segregatedByClass;
    }

    public Boolean getIncompatiblesTogether() {
        return incompatiblesTogether;
    }
}
