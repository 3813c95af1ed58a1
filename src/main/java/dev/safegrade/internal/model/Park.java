package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;
import java.util.List;

/** A chemical industrial park (化工园区) as facts-v1 describes it. Sub-objects stay null when not known. */
@ClassReactive
public final class Park extends Element {
    private String id;
    private String name;
    private String region;
    private Recognized recognized;
    private Plans plans;
    private Management management;
    private Boolean boundaryDefined;
    private SafetyControlLine safetyControlLine;
    private DatedAssessment integralRiskAssessment;
    private Utilities utilities;
    private Enclosure enclosure;
    private HazmatParking hazmatParking;
    private Platform platform;
    private Exists trainingBase;
    private FireStation fireStation;
    private Catalog catalog;
    private Integer residentsInside;
    private Integer laborIntensiveEnterprises;
    private List<ChecklistRow> checklist;
    private List<Member> members;
    private String checklistEdition;

    @Override
    void locateChildren() {
        locateAll(checklist, getPath() + "/checklist");
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getRegion() { return region; }
    public Recognized getRecognized() { return recognized; }
    public Plans getPlans() { return plans; }
    public Management getManagement() { return management; }
    public Boolean getBoundaryDefined() { return boundaryDefined; }
    public SafetyControlLine getSafetyControlLine() { return safetyControlLine; }
    public DatedAssessment getIntegralRiskAssessment() { return integralRiskAssessment; }
    public Utilities getUtilities() { return utilities; }
    public Enclosure getEnclosure() { return enclosure; }
    public HazmatParking getHazmatParking() { return hazmatParking; }
    public Platform getPlatform() { return platform; }
    public Exists getTrainingBase() { return trainingBase; }
    public FireStation getFireStation() { return fireStation; }
    public Catalog getCatalog() { return catalog; }
    public Integer getResidentsInside() { return residentsInside; }
    public Integer getLaborIntensiveEnterprises() { return laborIntensiveEnterprises; }
    public List<ChecklistRow> getChecklist() { return checklist == null ? List.of() : checklist; }
    public List<Member> getMembers() { return members == null ? List.of() : members; }

    /** A member enterprise's fact file, relative to the park file. */
    @ClassReactive
    public static final class Member {
        private String facts;
        public String getFacts() { return facts; }
    }
    /** The 导则 edition the checklist rows were scored under: {@code 2019-trial} or {@code 2023}; null = not known. */
    public String getChecklistEdition() { return checklistEdition; }

    /** 认定 and its public notice. */
    @ClassReactive
    public static final class Recognized {
        private Boolean status;
        private String notice;
        private LocalDate on;
        public Boolean getStatus() { return status; }
        public String getNotice() { return notice; }
        public LocalDate getOn() { return on; }
    }

    /** 规划体系. */
    @ClassReactive
    public static final class Plans {
        private OverallPlan overall;
        private Approved industry;
        private Boolean consistentWithHigherPlans;
        public OverallPlan getOverall() { return overall; }
        public Approved getIndustry() { return industry; }
        /** The plans fit the higher-level plans (国土空间规划, provincial/city 化工产业 and 安全发展规划). */
        public Boolean getConsistentWithHigherPlans() { return consistentWithHigherPlans; }
    }

    /** 总体规划. */
    @ClassReactive
    public static final class OverallPlan {
        private Boolean approved;
        private Boolean hasSafetyDisasterChapter;
        public Boolean getApproved() { return approved; }
        public Boolean getHasSafetyDisasterChapter() { return hasSafetyDisasterChapter; }
    }

    /** A plan that is approved or not. */
    @ClassReactive
    public static final class Approved {
        private Boolean approved;
        public Boolean getApproved() { return approved; }
    }

    /** 管理机构、人员、制度. */
    @ClassReactive
    public static final class Management {
        private Boolean body;
        private Boolean safetyEmergencyBody;
        private Integer safetyStaff;
        private Boolean rules;
        public Boolean getBody() { return body; }
        public Boolean getSafetyEmergencyBody() { return safetyEmergencyBody; }
        public Integer getSafetyStaff() { return safetyStaff; }
        public Boolean getRules() { return rules; }
    }

    /** 周边土地规划安全控制线. */
    @ClassReactive
    public static final class SafetyControlLine {
        private Boolean drawn;
        private Boolean adoptedInLandPlan;
        public Boolean getDrawn() { return drawn; }
        public Boolean getAdoptedInLandPlan() { return adoptedInLandPlan; }
    }

    /** An assessment known by its date. */
    @ClassReactive
    public static final class DatedAssessment {
        private LocalDate date;
        public LocalDate getDate() { return date; }
    }

    /** 公用工程和配套功能设施. */
    @ClassReactive
    public static final class Utilities {
        private Boolean water;
        private Boolean power;
        private Boolean steam;
        private Boolean wastewater;
        private Boolean accidentPool;
        private Boolean hazWaste;
        private Boolean pipeRack;
        public Boolean getWater() { return water; }
        public Boolean getPower() { return power; }
        public Boolean getSteam() { return steam; }
        public Boolean getWastewater() { return wastewater; }
        public Boolean getAccidentPool() { return accidentPool; }
        public Boolean getHazWaste() { return hazWaste; }
        /** 公共管廊. */
        public Boolean getPipeRack() { return pipeRack; }
    }

    /** 封闭化管理. */
    @ClassReactive
    public static final class Enclosure {
        private Boolean physical;
        private Boolean gateControl;
        private Boolean hazmatRouteControl;
        public Boolean getPhysical() { return physical; }
        public Boolean getGateControl() { return gateControl; }
        public Boolean getHazmatRouteControl() { return hazmatRouteControl; }
    }

    /** 危化品车辆专用停车场. */
    @ClassReactive
    public static final class HazmatParking {
        private Boolean exists;
        private Integer spaces;
        public Boolean getExists() { return exists; }
        public Integer getSpaces() { return spaces; }
    }

    /** 安全风险智能化管控平台. */
    @ClassReactive
    public static final class Platform {
        private Boolean exists;
        private Boolean online;
        public Boolean getExists() { return exists; }
        public Boolean getOnline() { return online; }
    }

    /** A facility that exists or not. */
    @ClassReactive
    public static final class Exists {
        private Boolean exists;
        public Boolean getExists() { return exists; }
    }

    /** 消防站（特勤站）. */
    @ClassReactive
    public static final class FireStation {
        private Boolean exists;
        private String type;
        public Boolean getExists() { return exists; }
        public String getType() { return type; }
    }

    /** "禁限控"目录和准入条件. */
    @ClassReactive
    public static final class Catalog {
        private Boolean forbiddenRestrictedControlled;
        private Boolean projectEntryConditions;
        public Boolean getForbiddenRestrictedControlled() { return forbiddenRestrictedControlled; }
        public Boolean getProjectEntryConditions() { return projectEntryConditions; }
    }

    /** The score of one row of the 导则 checklist. */
    @ClassReactive
    public static final class ChecklistRow extends Element {
        private Integer row;
        private Double score;
        public Integer getRow() { return row; }
        public Double getScore() { return score; }
    }
}
