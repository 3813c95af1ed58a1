package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Explosion protection of electrical equipment in a unit (防爆电气). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class ExplosionProtection {
    private Boolean hazardousArea;
    private Boolean explosionProofEquipment;

    public Boolean getHazardousArea() {
        return hazardousArea;
    }

    public Boolean getExplosionProofEquipment() {
        return explosionProofEquipment;
    }
}
