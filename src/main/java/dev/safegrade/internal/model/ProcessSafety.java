package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/**
 * Process development and design assessment of a hazardous-chemicals enterprise (工艺安全): new and first-in-China
 * processes, fine-chemical reaction risk assessment. Absent = every fact unknown.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@ClassReactive
public final class ProcessSafety {
    /** Stands for an absent {@code processSafety}: nothing is known. */
    static final ProcessSafety UNKNOWN = new ProcessSafety();

    private Boolean newlyDevelopedProcess;
    private Boolean newProcessTrialsCompleted;
    private Boolean firstDomesticProcess;
    private Boolean firstDomesticProcessDemonstrated;
    private Boolean fineChemical;
    private Boolean reactionRiskAssessed;

    public Boolean getNewlyDevelopedProcess() {
        return newlyDevelopedProcess;
    }

    public Boolean getNewProcessTrialsCompleted() {
        return newProcessTrialsCompleted;
    }

    public Boolean getFirstDomesticProcess() {
        return firstDomesticProcess;
    }

    public Boolean getFirstDomesticProcessDemonstrated() {
        return firstDomesticProcessDemonstrated;
    }

    public Boolean getFineChemical() {
        return fineChemical;
    }

    public Boolean getReactionRiskAssessed() {
        return reactionRiskAssessed;
    }
}
