package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Loading and unloading at a unit (装卸). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class Loading {
    private Boolean liquefiedHazardousMedia;
    private Boolean loadingArms;

    public Boolean getLiquefiedHazardousMedia() {
        return liquefiedHazardousMedia;
    }

    public Boolean getLoadingArms() {
        return loadingArms;
    }
}
