package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Written procedures of a unit (操作规程和工艺控制指标). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class Procedures {
    private Boolean operating;
    private Boolean processControlLimits;

    public Boolean getOperating() {
        return operating;
    }

    public Boolean getProcessControlLimits() {
        return processControlLimits;
    }
}
