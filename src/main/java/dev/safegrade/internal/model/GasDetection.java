package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Gas detection in a unit (可燃/有毒气体检测报警). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class GasDetection {
    private Boolean leakPossible;
    private Boolean detectorsInstalled;

    public Boolean getLeakPossible() {
        return leakPossible;
    }

    public Boolean getDetectorsInstalled() {
        return detectorsInstalled;
    }
}
