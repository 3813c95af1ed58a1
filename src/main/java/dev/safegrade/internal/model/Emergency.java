package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Emergency resources of the enterprise (应急救援). Absent = every fact unknown. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@ClassReactive
public final class Emergency {
    /** Stands for an absent {@code emergency}: nothing is known. */
    static final Emergency UNKNOWN = new Emergency();

    private Boolean ownFireBrigade;

    public Boolean getOwnFireBrigade() {
        return ownFireBrigade;
    }
}
