package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;

/** A confined space (有限空间) of the enterprise and how work in it is done. */
@ClassReactive
public final class ConfinedSpace extends Element {
    private String id;
    private String name;
    private Boolean poisoningRisk;
    private Boolean identified;
    private Boolean inLedger;
    private Boolean warningSign;
    private Boolean workApproval;
    private Boolean ventilateTestThenWork;
    private Boolean attendantOnSite;

    public String getId() { return id; }
    public String getName() { return name; }
    public Boolean getPoisoningRisk() { return poisoningRisk; }
    public Boolean getIdentified() { return identified; }
    public Boolean getInLedger() { return inLedger; }
    public Boolean getWarningSign() { return warningSign; }
    public Boolean getWorkApproval() { return workApproval; }
    public Boolean getVentilateTestThenWork() { return ventilateTestThenWork; }
    public Boolean getAttendantOnSite() { return attendantOnSite; }
}
