package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Equipment and power supply of the enterprise (设备设施). Absent = every fact unknown. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@ClassReactive
public final class Equipment {
    /** Stands for an absent {@code equipment}: nothing is known. */
    static final Equipment UNKNOWN = new Equipment();

    private Integer obsoleteInUse;
    private Boolean specialEquipmentCompliant;
    private Boolean dualPowerSupply;

    public Integer getObsoleteInUse() {
        return obsoleteInUse;
    }

    public Boolean getSpecialEquipmentCompliant() {
        return specialEquipmentCompliant;
    }

    public Boolean getDualPowerSupply() {
        return dualPowerSupply;
    }
}
