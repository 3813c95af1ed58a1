package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Power supply of a unit (供电). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class PowerSupply {
    private Boolean dualSupply;
    private Boolean controlUps;

    public Boolean getDualSupply() {
        return dualSupply;
    }

    public Boolean getControlUps() {
        return controlUps;
    }
}
