package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;

/** A contractor (承包单位) or tenant (承租单位) working on the enterprise's premises. */
@ClassReactive
public final class Contractor extends Element {
    private String id;
    private String name;
    private String relation;
    private Boolean unifiedCoordination;
    private Boolean regularSafetyInspection;

    public String getId() { return id; }
    public String getName() { return name; }
    public String getRelation() { return relation; }
    public Boolean getUnifiedCoordination() { return unifiedCoordination; }
    public Boolean getRegularSafetyInspection() { return regularSafetyInspection; }
}
