package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** A fireworks retail point (烟花爆竹零售点). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class FireworksRetail {
    private Boolean residentialInSameBuilding;
    private Boolean openFlame;

    public Boolean getResidentialInSameBuilding() {
        return residentialInSameBuilding;
    }

    public Boolean getOpenFlame() {
        return openFlame;
    }
}
