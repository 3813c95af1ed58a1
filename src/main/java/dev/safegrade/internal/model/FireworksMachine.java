package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;

/** A machine that works with pyrotechnic composition (涉药机械设备). */
@ClassReactive
public final class FireworksMachine extends Element {
    private String id;
    private String name;
    private Boolean safetyReviewed;
    private Boolean modifiedWithoutApproval;

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Boolean getSafetyReviewed() {
        return safetyReviewed;
    }

    public Boolean getModifiedWithoutApproval() {
        return modifiedWithoutApproval;
    }
}
