package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.util.List;

/** An enterprise (生产经营单位) as facts-v1 describes it. */
@ClassReactive
public final class Enterprise extends Element {
    private String id;
    private String name;
    private String region;
    private String industry;
    private List<String> activities;
    private Boolean aboveDesignatedSize;
    private Integer employees;
    private Boolean inChemicalPark;
    private List<Person> people;
    private List<Licence> licences;
    private ServiceBody serviceBody;
    private SevereDishonestyListing severeDishonestyListing;
    private Commitment commitment;
    private Insurance insurance;
    private List<Accident> accidents;
    private List<Unit> units;
    private List<RiskPoint> riskPoints;
    private List<Hazard> hazards;
    @com.fasterxml.jackson.annotation.JsonIgnore
    private java.util.Map<String, List<String>> hazardIdsByItem;
    private Standardization standardization;
    private List<Observation> observations;
    // Shared with the four-colour pack (应急〔2018〕19号 diagnosis), whose names these are.
    private ProcessSafety processSafety;
    private Equipment equipment;
    private SafetyManagement safetyManagement;
    private Emergency emergency;
    // Facts of the 重大事故隐患 criteria for 化工/危化 and 烟花爆竹 (packs major-hazard-chem, major-hazard-fireworks).
    private List<Pipeline> pipelines;
    private Boolean overheadPowerLineCrossesProductionArea;
    private FireworksEnterprise fireworks;
    // 重大事故隐患 criteria of 工贸 enterprises and mines.
    private Boolean metalSmelting;
    private List<Contractor> contractors;
    private List<ConfinedSpace> confinedSpaces;
    private Mine mine;

    @Override
    void locateChildren() {
        locateAll(people, getPath() + "/people");
        locateAll(licences, getPath() + "/licences");
        locateAll(accidents, getPath() + "/accidents");
        locateAll(units, getPath() + "/units");
        locateAll(riskPoints, getPath() + "/riskPoints");
        locateAll(hazards, getPath() + "/hazards");
        locateAll(observations, getPath() + "/observations");
        if (insurance != null) {
            insurance.locate(getPath() + "/insurance", -1);
        }
        if (standardization != null) {
            standardization.locate(getPath() + "/standardization", -1);
        }
        locateAll(pipelines, getPath() + "/pipelines");
        if (fireworks != null) {
            fireworks.locate(getPath() + "/fireworks", -1);
            fireworks.locateChildren();
        }
        locateAll(contractors, getPath() + "/contractors");
        locateAll(confinedSpaces, getPath() + "/confinedSpaces");
        if (mine != null) {
            mine.locate(getPath() + "/mine", -1);
            mine.locateChildren();
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public String getIndustry() {
        return industry;
    }

    public List<String> getActivities() {
        return activities == null ? List.of() : activities;
    }

    /** Whether the facts say what the enterprise does (absent: not known, which is not "nothing"). */
    public boolean activitiesRecorded() {
        return activities != null;
    }

    public boolean hasActivity(String activity) {
        return activities != null && activities.contains(activity);
    }

    public Boolean getAboveDesignatedSize() {
        return aboveDesignatedSize;
    }

    public Integer getEmployees() {
        return employees;
    }

    public Boolean getInChemicalPark() {
        return inChemicalPark;
    }

    public List<Person> getPeople() {
        return people == null ? List.of() : people;
    }

    public List<Licence> getLicences() {
        return licences == null ? List.of() : licences;
    }

    public Insurance getInsurance() {
        return insurance;
    }

    public List<Accident> getAccidents() {
        return accidents == null ? List.of() : accidents;
    }

    public List<Unit> getUnits() {
        return units == null ? List.of() : units;
    }

    public List<RiskPoint> getRiskPoints() {
        return riskPoints == null ? List.of() : riskPoints;
    }

    public List<Hazard> getHazards() {
        return hazards == null ? List.of() : hazards;
    }

    /**
     * The ids of the register entries naming {@code item} (a rule id), in register order: one pass over the register
     * for all items, so that checking N findings against N entries costs N, not N².
     */
    public synchronized List<String> hazardIdsFor(String item) {
        if (hazardIdsByItem == null) {
            java.util.Map<String, List<String>> byItem = new java.util.HashMap<>();
            for (Hazard h : getHazards()) {
                if (h.getItem() != null) {
                    byItem.computeIfAbsent(h.getItem(), k -> new java.util.ArrayList<>()).add(h.getId());
                }
            }
            hazardIdsByItem = byItem;
        }
        return hazardIdsByItem.getOrDefault(item, List.of());
    }

    public Standardization getStandardization() {
        return standardization;
    }

    public List<Observation> getObservations() {
        return observations == null ? List.of() : observations;
    }

    /** Whether {@code units} is given. */
    public boolean isUnitsRecorded() {
        return units != null;
    }

    /** Whether {@code people} is given. */
    public boolean isPeopleRecorded() {
        return people != null;
    }

    /** Whether {@code accidents} is given ([] = none happened). */
    public boolean isAccidentsRecorded() {
        return accidents != null;
    }

    /** Whether {@code riskPoints} is given. */
    public boolean isRiskPointsRecorded() {
        return riskPoints != null;
    }

    /** Never null: an absent object knows nothing. */
    public ProcessSafety getProcessSafety() {
        return processSafety == null ? ProcessSafety.UNKNOWN : processSafety;
    }

    /** Never null: an absent object knows nothing. */
    public Equipment getEquipment() {
        return equipment == null ? Equipment.UNKNOWN : equipment;
    }

    /** Never null: an absent object knows nothing. */
    public SafetyManagement getSafetyManagement() {
        return safetyManagement == null ? SafetyManagement.UNKNOWN : safetyManagement;
    }

    /** Never null: an absent object knows nothing. */
    public Emergency getEmergency() {
        return emergency == null ? Emergency.UNKNOWN : emergency;
    }

    public List<Pipeline> getPipelines() {
        return pipelines == null ? List.of() : pipelines;
    }

    public Boolean getOverheadPowerLineCrossesProductionArea() {
        return overheadPowerLineCrossesProductionArea;
    }

    public FireworksEnterprise getFireworks() {
        return fireworks;
    }

    public Boolean getMetalSmelting() {
        return metalSmelting;
    }

    /** Contractors and tenants; empty when not known (see {@link Keys#known}) or none. */
    public List<Contractor> getContractors() {
        return contractors == null ? List.of() : contractors;
    }

    /** Confined spaces; empty when not known (see {@link Keys#known}) or none. */
    public List<ConfinedSpace> getConfinedSpaces() {
        return confinedSpaces == null ? List.of() : confinedSpaces;
    }

    public Mine getMine() {
        return mine;
    }

    /** Facts of a 安全评价、认证、检测、检验 body; null when not one or not known. */
    public ServiceBody getServiceBody() {
        return serviceBody;
    }

    /** An actual 严重失信 listing the input carries; null when not listed or not known. */
    public SevereDishonestyListing getSevereDishonestyListing() {
        return severeDishonestyListing;
    }

    /** The enterprise's 安全生产承诺 (承诺制); null when not known. */
    public Commitment getCommitment() {
        return commitment;
    }
}
