package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;

/** Process-safety history of a unit (工艺安全): trials, reviews, trial-production plan, reaction risk assessment. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class ProcessSafety {
    private Boolean newProcess;
    private Boolean pilotTrials;
    private Boolean firstUseInChina;
    private Boolean provincialReview;
    private Boolean newUnit;
    private Boolean trialProductionPlan;
    private Boolean reactionRiskAssessmentRequired;
    private Boolean reactionRiskAssessmentDone;

    public Boolean getNewProcess() {
        return newProcess;
    }

    public Boolean getPilotTrials() {
        return pilotTrials;
    }

    public Boolean getFirstUseInChina() {
        return firstUseInChina;
    }

    public Boolean getProvincialReview() {
        return provincialReview;
    }

    public Boolean getNewUnit() {
        return newUnit;
    }

    public Boolean getTrialProductionPlan() {
        return trialProductionPlan;
    }

    public Boolean getReactionRiskAssessmentRequired() {
        return reactionRiskAssessmentRequired;
    }

    public Boolean getReactionRiskAssessmentDone() {
        return reactionRiskAssessmentDone;
    }
}
