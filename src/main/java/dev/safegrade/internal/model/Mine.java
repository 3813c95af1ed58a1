package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;
import java.util.List;

/**
 * A mine (煤矿 or 金属非金属矿山) as the 重大事故隐患 criteria need it. Sub-objects and lists stay null when not
 * known; a list describes every such thing the mine has (an empty list: none).
 */
@ClassReactive
public final class Mine extends Element {
    private List<String> kinds;
    private String stage;
    private Integer constructionPhase;
    private String gasClass;
    private Boolean spontaneousCombustionProne;
    private Boolean severeWaterHazard;
    private List<BannedItem> bannedInUse;
    private UndergroundElectrical undergroundElectrical;
    private Blasting blasting;
    private List<WorkingFace> workingFaces;
    private PowerSupply powerSupply;
    private SafetyFacilitiesDesign safetyFacilitiesDesign;
    private Reconstruction reconstruction;
    private MineSystem gasDrainage;
    private MineSystem gasMonitoring;
    private Boolean miningBeyondLicensedSeams;
    private Boolean miningBeyondLicensedBoundary;
    private Contracting contracting;
    private Restructuring restructuring;
    // 煤矿 (应急管理部令第4号) facts beyond those above; the groups are read by JSON key (Tri), getters only where DRL needs them.
    private String hydrogeologicalType;
    private CoalProduction production;
    private GasInspection gasInspection;
    private OutburstPrevention outburstPrevention;
    private MethaneSensors methaneSensors;
    private Ventilation ventilation;
    private Boolean safetyPillarsMined;
    private OutburstRisk outburstRisk;
    private CoalManagement management;
    private MineSystem personnelPositioning;
    private Boolean monitoringDataTampered;
    private PersonHoist personHoist;
    private BeltConveyors beltConveyors;
    private RoadwaySafety roadwaySafety;
    private OpenPitSlope openPitSlope;
    private List<SurfaceExit> surfaceExits;
    private Boolean exitsAsDesigned;
    private Double surfaceExitSpacingM;
    private List<OrebodyWing> orebodyWings;
    private List<Section> sections;
    private List<UndergroundConnection> undergroundConnections;
    private StatusDrawings statusDrawings;
    private OpenPitToUnderground openPitToUnderground;
    private MainDrainage mainDrainage;
    private UndergroundWorkers undergroundWorkers;
    private ConstructionProject constructionProject;
    private OpenPit openPit;
    private ShaftCollars shaftCollars;
    private TailingsPond tailingsPond;

    @Override
    void locateChildren() {
        locateAll(bannedInUse, getPath() + "/bannedInUse");
        locateAll(workingFaces, getPath() + "/workingFaces");
        locateAll(surfaceExits, getPath() + "/surfaceExits");
        locateAll(orebodyWings, getPath() + "/orebodyWings");
        locateAll(sections, getPath() + "/sections");
        locateAll(undergroundConnections, getPath() + "/undergroundConnections");
        locateOne(undergroundElectrical, "undergroundElectrical");
        locateOne(blasting, "blasting");
        locateOne(powerSupply, "powerSupply");
        locateOne(safetyFacilitiesDesign, "safetyFacilitiesDesign");
        locateOne(reconstruction, "reconstruction");
        locateOne(gasDrainage, "gasDrainage");
        locateOne(gasMonitoring, "gasMonitoring");
        locateOne(contracting, "contracting");
        locateOne(restructuring, "restructuring");
        locateOne(production, "production");
        locateOne(gasInspection, "gasInspection");
        locateOne(outburstPrevention, "outburstPrevention");
        locateOne(methaneSensors, "methaneSensors");
        locateOne(ventilation, "ventilation");
        locateOne(outburstRisk, "outburstRisk");
        locateOne(management, "management");
        locateOne(personnelPositioning, "personnelPositioning");
        locateOne(personHoist, "personHoist");
        locateOne(beltConveyors, "beltConveyors");
        locateOne(roadwaySafety, "roadwaySafety");
        locateOne(openPitSlope, "openPitSlope");
        locateOne(statusDrawings, "statusDrawings");
        locateOne(openPitToUnderground, "openPitToUnderground");
        locateOne(mainDrainage, "mainDrainage");
        locateOne(undergroundWorkers, "undergroundWorkers");
        locateOne(constructionProject, "constructionProject");
        locateOne(openPit, "openPit");
        locateOne(shaftCollars, "shaftCollars");
        locateOne(tailingsPond, "tailingsPond");
        if (openPit != null) {
            openPit.locateChildren();
        }
    }

    private void locateOne(Element child, String key) {
        if (child != null) {
            child.locate(getPath() + "/" + key, -1);
        }
    }

    public List<String> getKinds() { return kinds; }
    /** Whether the mine is of this kind; null when its kinds are not known. */
    public Boolean isKind(String kind) { return kinds == null ? null : kinds.contains(kind); }
    public String getStage() { return stage; }
    public Integer getConstructionPhase() { return constructionPhase; }
    public String getGasClass() { return gasClass; }
    public Boolean getSpontaneousCombustionProne() { return spontaneousCombustionProne; }
    public Boolean getSevereWaterHazard() { return severeWaterHazard; }
    public List<BannedItem> getBannedInUse() { return bannedInUse == null ? List.of() : bannedInUse; }
    public UndergroundElectrical getUndergroundElectrical() { return undergroundElectrical; }
    public Blasting getBlasting() { return blasting; }
    public List<WorkingFace> getWorkingFaces() { return workingFaces == null ? List.of() : workingFaces; }
    public PowerSupply getPowerSupply() { return powerSupply; }
    public SafetyFacilitiesDesign getSafetyFacilitiesDesign() { return safetyFacilitiesDesign; }
    public Reconstruction getReconstruction() { return reconstruction; }
    public MineSystem getGasDrainage() { return gasDrainage; }
    public MineSystem getGasMonitoring() { return gasMonitoring; }
    public Boolean getMiningBeyondLicensedSeams() { return miningBeyondLicensedSeams; }
    public Boolean getMiningBeyondLicensedBoundary() { return miningBeyondLicensedBoundary; }
    public Contracting getContracting() { return contracting; }
    public Restructuring getRestructuring() { return restructuring; }
    public CoalProduction getProduction() { return production; }
    public Ventilation getVentilation() { return ventilation; }
    public OutburstRisk getOutburstRisk() { return outburstRisk; }
    public PersonHoist getPersonHoist() { return personHoist; }
    public BeltConveyors getBeltConveyors() { return beltConveyors; }
    public OpenPitSlope getOpenPitSlope() { return openPitSlope; }
    public List<SurfaceExit> getSurfaceExits() { return surfaceExits == null ? List.of() : surfaceExits; }
    public Boolean getExitsAsDesigned() { return exitsAsDesigned; }
    public Double getSurfaceExitSpacingM() { return surfaceExitSpacingM; }
    public List<OrebodyWing> getOrebodyWings() { return orebodyWings == null ? List.of() : orebodyWings; }
    public List<Section> getSections() { return sections == null ? List.of() : sections; }
    public List<UndergroundConnection> getUndergroundConnections() {
        return undergroundConnections == null ? List.of() : undergroundConnections;
    }
    public StatusDrawings getStatusDrawings() { return statusDrawings; }
    public OpenPitToUnderground getOpenPitToUnderground() { return openPitToUnderground; }
    public MainDrainage getMainDrainage() { return mainDrainage; }
    public UndergroundWorkers getUndergroundWorkers() { return undergroundWorkers; }
    public ConstructionProject getConstructionProject() { return constructionProject; }
    public OpenPit getOpenPit() { return openPit; }
    public ShaftCollars getShaftCollars() { return shaftCollars; }
    public TailingsPond getTailingsPond() { return tailingsPond; }

    /** The number of surface exits described, or null when the list is not given. */
    public Integer getSurfaceExitCount() { return surfaceExits == null ? null : surfaceExits.size(); }

    /** Equipment, a material or a process in use that a national catalogue bans or phases out. */
    @ClassReactive
    public static final class BannedItem extends Element {
        private String name;
        private String kind;
        private String catalogue;
        public String getName() { return name; }
        public String getKind() { return kind; }
        public String getCatalogue() { return catalogue; }
    }

    /** Underground electrical equipment of a coal mine. */
    @ClassReactive
    public static final class UndergroundElectrical extends Element {
        private Boolean allWithSafetyMark;
        private Boolean explosionProtectionMatchesGasClass;
        private Boolean explosionProofFailures;
        private Boolean nonExplosionProofTracklessVehicles;
        public Boolean getAllWithSafetyMark() { return allWithSafetyMark; }
        public Boolean getExplosionProtectionMatchesGasClass() { return explosionProtectionMatchesGasClass; }
    }

    /** Underground blasting (井下爆破) of a coal mine. */
    @ClassReactive
    public static final class Blasting extends Element {
        private Boolean explosivesMatchGasClass;
        private Boolean dedicatedBlasters;
        private Boolean exposedBlasting;
        private Boolean dedicatedExploder;
        public Boolean getExplosivesMatchGasClass() { return explosivesMatchGasClass; }
        public Boolean getDedicatedBlasters() { return dedicatedBlasters; }
        public Boolean getExposedBlasting() { return exposedBlasting; }
    }

    /** A working face of a coal mine (采煤工作面 or 掘进工作面). */
    @ClassReactive
    public static final class WorkingFace extends Element {
        private String id;
        private String name;
        private String kind;
        private Integer unobstructedExits;
        private Boolean advancingMining;
        private Boolean thinSeam;
        private Integer shiftHeadcount;
        private Integer headcountLimit;
        public String getId() { return id; }
        public String getName() { return name; }
        public String getKind() { return kind; }
        public Integer getUnobstructedExits() { return unobstructedExits; }
        public Boolean getAdvancingMining() { return advancingMining; }
        public Boolean getThinSeam() { return thinSeam; }
        public Integer getShiftHeadcount() { return shiftHeadcount; }
        public Integer getHeadcountLimit() { return headcountLimit; }
    }

    /** The mine's power supply (供电系统). */
    @ClassReactive
    public static final class PowerSupply extends Element {
        private Integer circuits;
        private Boolean sameBusSection;
        public Integer getCircuits() { return circuits; }
        public Boolean getSameBusSection() { return sameBusSection; }
    }

    /** The safety-facility design of the mine's construction project (安全设施设计). */
    @ClassReactive
    public static final class SafetyFacilitiesDesign extends Element {
        private Boolean approved;
        private Boolean majorChange;
        private Boolean changeReapproved;
        public Boolean getApproved() { return approved; }
        public Boolean getMajorChange() { return majorChange; }
        public Boolean getChangeReapproved() { return changeReapproved; }
    }

    /** Production while the mine is being reconstructed or expanded (改扩建). */
    @ClassReactive
    public static final class Reconstruction extends Element {
        private Boolean productionInReconstructionArea;
        private Boolean productionElsewhereBeyondDesign;
        public Boolean getProductionInReconstructionArea() { return productionInReconstructionArea; }
        public Boolean getProductionElsewhereBeyondDesign() { return productionElsewhereBeyondDesign; }
    }

    /** A system of the mine that may be missing or not running normally. */
    @ClassReactive
    public static final class MineSystem extends Element {
        private Boolean installed;
        private Boolean operatingNormally;
        public Boolean getInstalled() { return installed; }
        public Boolean getOperatingNormally() { return operatingNormally; }
    }

    /** Contracting of the mine or of its underground work (承包). */
    @ClassReactive
    public static final class Contracting extends Element {
        private Boolean wholeMineContracted;
        private Boolean safetyLicenceRenewedAfterContracting;
        private Boolean contractorSubcontracted;
        private Boolean undergroundLabourContracting;
        private Boolean contractedOtherThanWhole;
        private Boolean contractorQualified;
        private Boolean safetyAgreementSigned;
        private Boolean responsibilitiesAgreed;
        private Boolean undergroundWorkContractedOut;
        private Boolean newLevelDevelopmentSubcontracted;
        public Boolean getWholeMineContracted() { return wholeMineContracted; }
        public Boolean getSafetyLicenceRenewedAfterContracting() { return safetyLicenceRenewedAfterContracting; }
        public Boolean getContractorSubcontracted() { return contractorSubcontracted; }
        public Boolean getUndergroundLabourContracting() { return undergroundLabourContracting; }
    }

    /** A restructuring of the mine's enterprise (改制). */
    @ClassReactive
    public static final class Restructuring extends Element {
        private String status;
        private Boolean responsiblePersonDefined;
        private Boolean safetyBodyDefined;
        private Boolean miningLicenceUpdated;
        private Boolean safetyLicenceUpdated;
        private Boolean businessLicenceUpdated;
        private Boolean safetyStaffAssigned;
        public String getStatus() { return status; }
        public Boolean getResponsiblePersonDefined() { return responsiblePersonDefined; }
        public Boolean getSafetyBodyDefined() { return safetyBodyDefined; }
        public Boolean getMiningLicenceUpdated() { return miningLicenceUpdated; }
        public Boolean getSafetyLicenceUpdated() { return safetyLicenceUpdated; }
        public Boolean getBusinessLicenceUpdated() { return businessLicenceUpdated; }
    }

    /** Output, capacity and working arrangements of a coal mine (第四条). Tonnes; capacity is a year's. */
    @ClassReactive
    public static final class CoalProduction extends Element {
        private Double capacityT;
        private Double annualOutputT;
        private Double monthlyOutputT;
        private Double plannedOutputT;
        private Boolean reservePeriodsBelowMinimum;
        private Boolean outputCutOrStopped;
        private Boolean agingOrClosurePlanned;
        private Integer levelsInProduction;
        private Boolean facesPerPanelOverLimit;
        private Boolean gasDrainageBelowStandard;
        private Boolean headcountSystemEnforced;
        public Double getCapacityT() { return capacityT; }
        public Double getAnnualOutputT() { return annualOutputT; }
        public Double getMonthlyOutputT() { return monthlyOutputT; }
        public Double getPlannedOutputT() { return plannedOutputT; }
        public Integer getLevelsInProduction() { return levelsInProduction; }
    }

    /** Gas inspection and gas exceedances underground (第五条). */
    @ClassReactive
    public static final class GasInspection extends Element {
        private Boolean missedOrFalseChecks;
        private Boolean workedOnAfterExceedance;
        private Boolean accumulatedGasDischargedWithoutMeasures;
    }

    /** Outburst prevention of a 煤与瓦斯突出矿井 (第六条). */
    @ClassReactive
    public static final class OutburstPrevention extends Element {
        private Boolean bodyAndSpecialists;
        private Boolean permanentSurfaceDrainage;
        private Boolean riskPredicted;
        private Boolean directlyDeemedHazardous;
        private Boolean preventionMeasuresTaken;
        private Boolean effectVerified;
        private Boolean producedDespiteFailedVerification;
        private Boolean verificationDataFalsified;
        private Boolean protectiveMeasuresTaken;
        private Boolean trolleyLocomotivesUsed;
    }

    /** Methane sensors (甲烷传感器, 第七条第（二）项). */
    @ClassReactive
    public static final class MethaneSensors extends Element {
        private Boolean installedAndCalibrated;
        private Boolean deliberatelyDisabled;
        private Boolean alarmAndCutOffEffective;
    }

    /** The ventilation system of an underground coal mine (第八条). */
    @ClassReactive
    public static final class Ventilation extends Element {
        private Double airflowM3PerMin;
        private Double requiredAirflowM3PerMin;
        private Boolean workingPlacesAirflowSufficient;
        private Boolean standbyMainFan;
        private Boolean mainFansEqualCapacity;
        private Boolean prohibitedSeriesVentilation;
        private Boolean dedicatedReturnMissing;
        private Boolean outburstFaceWithoutIndependentReturn;
        private Boolean panelAirwaysIncomplete;
        private Boolean inclinedLongwall;
        private Integer mainRoadwaysLeadSections;
        private Boolean methaneAndFanLocks;
        private Boolean localFansDualWithAutoSwitch;
        private Boolean fullPressureSystem;
        public Integer getMainRoadwaysLeadSections() { return mainRoadwaysLeadSections; }
    }

    /** Signs that a non-outburst mine must be managed as an outburst mine (第十八条第（四）项). */
    @ClassReactive
    public static final class OutburstRisk extends Element {
        private Boolean gasDynamicPhenomena;
        private Boolean adjacentSameSeamOutburst;
        private Boolean seamIdentifiedAsOutburst;
        private Double seamGasPressureMPa;
        private Boolean managedAsOutburstSeam;
        public Double getSeamGasPressureMPa() { return seamGasPressureMPa; }
    }

    /** Management of a coal mine: leaders, technicians, safety funds, gas-class identification (第十八条). */
    @ClassReactive
    public static final class CoalManagement extends Element {
        private Boolean fullTimeLeadersAssigned;
        private Boolean specialistTechniciansAssigned;
        private Boolean safetyFundsFullyExtracted;
        private Boolean safetyFundsUsedAsPrescribed;
        private Boolean gasClassIdentified;
        private Boolean gasClassIdentificationFalsified;
    }

    /** The hoist that carries people (提升（运送）人员的提升机, 第十八条第（七）项); give it when the mine has one. */
    @ClassReactive
    public static final class PersonHoist extends Element {
        private Boolean protectionDevicesInstalled;
        private Boolean protectionDevicesFailed;
        private Boolean overloaded;
    }

    /** The belt conveyors of an underground coal mine (带式输送机, 第十八条第（八）项); give it when the mine has them. */
    @ClassReactive
    public static final class BeltConveyors extends Element {
        private Boolean beltsTestedBeforeUse;
        private Boolean beltProtectionEffective;
    }

    /** Roadway repair and the services of working faces (第十八条第（九）项). */
    @ClassReactive
    public static final class RoadwaySafety extends Element {
        private Boolean workBeyondRepairPoint;
        private Boolean faceServicesInstalled;
    }

    /** The slopes of an open-pit coal mine (露天煤矿边坡, 第十八条第（十）项). */
    @ClassReactive
    public static final class OpenPitSlope extends Element {
        private Double slopeAngleDeg;
        private Double designMaxSlopeAngleDeg;
        private Boolean severeDeformationUntreated;
    }

    /** An independent safety exit of an underground mine leading directly to the surface. */
    @ClassReactive
    public static final class SurfaceExit extends Element {
        private String id;
        private String name;
        private String kind;
        private Boolean main;
        private Boolean ladderway;
        private Boolean cageHoisting;
        private Integer hoistingSystems;
        private Boolean blocked;
        private Boolean laddersOrStepsUsable;
        public String getId() { return id; }
        public String getName() { return name; }
        public String getKind() { return kind; }
        public Boolean getMain() { return main; }
        public Boolean getLadderway() { return ladderway; }
        public Boolean getCageHoisting() { return cageHoisting; }
        public Integer getHoistingSystems() { return hoistingSystems; }
        public Boolean getBlocked() { return blocked; }
        public Boolean getLaddersOrStepsUsable() { return laddersOrStepsUsable; }
    }

    /** A wing of the ore body (矿体一翼) and whether it has a safety exit. */
    @ClassReactive
    public static final class OrebodyWing extends Element {
        private String id;
        private String name;
        private Double lengthM;
        private Boolean safetyExit;
        public String getId() { return id; }
        public String getName() { return name; }
        public Double getLengthM() { return lengthM; }
        public Boolean getSafetyExit() { return safetyExit; }
    }

    /** A main production level, stope area, panel or block and its safety exits. */
    @ClassReactive
    public static final class Section extends Element {
        private String id;
        private String name;
        private String kind;
        private Integer exits;
        private Boolean exitsConnectedToSurfaceExits;
        public String getId() { return id; }
        public String getName() { return name; }
        public String getKind() { return kind; }
        public Integer getExits() { return exits; }
        public Boolean getExitsConnectedToSurfaceExits() { return exitsConnectedToSurfaceExits; }
    }

    /** An underground connection (贯通) with an adjacent mine or an adjacent independent system. */
    @ClassReactive
    public static final class UndergroundConnection extends Element {
        private String id;
        private String neighbour;
        private Boolean sameRightsHolder;
        private Boolean approved;
        public String getId() { return id; }
        public String getNeighbour() { return neighbour; }
        public Boolean getSameRightsHolder() { return sameRightsHolder; }
        public Boolean getApproved() { return approved; }
    }

    /** The mine's current-status drawings (现状图). */
    @ClassReactive
    public static final class StatusDrawings extends Element {
        private Boolean allRequiredKept;
        private LocalDate lastUpdated;
        private Boolean surfaceFeaturesMatch;
        private Boolean workingsMatch;
        private Boolean adjacentMinesMatch;
        private Boolean voidsAndSubsidenceMatch;
        public Boolean getAllRequiredKept() { return allRequiredKept; }
        public LocalDate getLastUpdated() { return lastUpdated; }
        public Boolean getSurfaceFeaturesMatch() { return surfaceFeaturesMatch; }
        public Boolean getWorkingsMatch() { return workingsMatch; }
        public Boolean getAdjacentMinesMatch() { return adjacentMinesMatch; }
        public Boolean getVoidsAndSubsidenceMatch() { return voidsAndSubsidenceMatch; }
    }

    /** The transition of the mine from open-pit to underground mining (露天转地下). */
    @ClassReactive
    public static final class OpenPitToUnderground extends Element {
        private Boolean drainageAsDesigned;
        private Boolean combinedMining;
        private Boolean sequenceAsDesigned;
        private Boolean pillarOrCushionAsDesigned;
        public Boolean getDrainageAsDesigned() { return drainageAsDesigned; }
        public Boolean getCombinedMining() { return combinedMining; }
        public Boolean getSequenceAsDesigned() { return sequenceAsDesigned; }
        public Boolean getPillarOrCushionAsDesigned() { return pillarOrCushionAsDesigned; }
    }

    /** The main drainage system of an underground mine (主排水系统). */
    @ClassReactive
    public static final class MainDrainage extends Element {
        private Boolean sumpPartitionAndValveAsDesigned;
        private Boolean lowestPumpRoomExitWatertightDoor;
        private Double lowestPumpRoomOtherExitHeightM;
        public Boolean getSumpPartitionAndValveAsDesigned() { return sumpPartitionAndValveAsDesigned; }
        public Boolean getLowestPumpRoomExitWatertightDoor() { return lowestPumpRoomExitWatertightDoor; }
        public Double getLowestPumpRoomOtherExitHeightM() { return lowestPumpRoomOtherExitHeightM; }
    }

    /** What every underground worker carries (便携式气体检测报警仪、自救器). */
    @ClassReactive
    public static final class UndergroundWorkers extends Element {
        private Boolean allCarryGasDetector;
        private Boolean allCarrySelfRescuer;
        private Boolean allAbleToUse;
        public Boolean getAllCarryGasDetector() { return allCarryGasDetector; }
        public Boolean getAllCarrySelfRescuer() { return allCarrySelfRescuer; }
        public Boolean getAllAbleToUse() { return allAbleToUse; }
    }

    /** A new, reconstruction or expansion project of the mine (新建、改扩建工程). */
    @ClassReactive
    public static final class ConstructionProject extends Element {
        private Boolean inProduction;
        private Boolean completionAccepted;
        private Boolean approvedJointTrialRun;
        public Boolean getInProduction() { return inProduction; }
        public Boolean getCompletionAccepted() { return completionAccepted; }
        public Boolean getApprovedJointTrialRun() { return approvedJointTrialRun; }
    }

    /** The open pit of a metal or non-metal mine. */
    @ClassReactive
    public static final class OpenPit extends Element {
        private Boolean depressed;
        private Boolean floodDrainageAsDesigned;
        private Double closedCircleDepthM;
        private Boolean topDownBenches;
        private Double workingSlopeAngleDeg;
        private Double designWorkingSlopeAngleDeg;
        private Double benchHeightM;
        private Double designBenchHeightM;
        private Double finalBenchHeightM;
        private Double designFinalBenchHeightM;
        private Boolean designPillarsMinedOrDamaged;
        private Boolean slopeStabilityAssessed;
        private Double slopeHeightM;
        private Boolean slopeOnlineMonitoring;
        private Boolean monitoringDisabledOrDataTampered;
        private Double uphillRoadGradientPct;
        private Double designUphillRoadGradientPct;
        private List<WasteDump> wasteDumps;

        @Override
        void locateChildren() {
            locateAll(wasteDumps, getPath() + "/wasteDumps");
        }

        public Boolean getDepressed() { return depressed; }
        public Boolean getFloodDrainageAsDesigned() { return floodDrainageAsDesigned; }
        public Double getClosedCircleDepthM() { return closedCircleDepthM; }
        public Boolean getTopDownBenches() { return topDownBenches; }
        public Double getWorkingSlopeAngleDeg() { return workingSlopeAngleDeg; }
        public Double getDesignWorkingSlopeAngleDeg() { return designWorkingSlopeAngleDeg; }
        public Double getBenchHeightM() { return benchHeightM; }
        public Double getDesignBenchHeightM() { return designBenchHeightM; }
        public Double getFinalBenchHeightM() { return finalBenchHeightM; }
        public Double getDesignFinalBenchHeightM() { return designFinalBenchHeightM; }
        public Boolean getDesignPillarsMinedOrDamaged() { return designPillarsMinedOrDamaged; }
        public Boolean getSlopeStabilityAssessed() { return slopeStabilityAssessed; }
        public Double getSlopeHeightM() { return slopeHeightM; }
        public Boolean getSlopeOnlineMonitoring() { return slopeOnlineMonitoring; }
        public Boolean getMonitoringDisabledOrDataTampered() { return monitoringDisabledOrDataTampered; }
        public Double getUphillRoadGradientPct() { return uphillRoadGradientPct; }
        public Double getDesignUphillRoadGradientPct() { return designUphillRoadGradientPct; }
        public List<WasteDump> getWasteDumps() { return wasteDumps == null ? List.of() : wasteDumps; }
    }

    /** A waste dump (排土场) of an open pit. */
    @ClassReactive
    public static final class WasteDump extends Element {
        private String id;
        private String name;
        private Double slopeHeightM;
        private Boolean stabilityAssessed;
        private Boolean slopeMonitoring;
        private Boolean dangerousClass;
        public String getId() { return id; }
        public String getName() { return name; }
        public Double getSlopeHeightM() { return slopeHeightM; }
        public Boolean getStabilityAssessed() { return stabilityAssessed; }
        public Boolean getSlopeMonitoring() { return slopeMonitoring; }
        public Boolean getDangerousClass() { return dangerousClass; }
    }

    /** The shaft and adit collars of an underground mine against the local flood level (井口标高). */
    @ClassReactive
    public static final class ShaftCollars extends Element {
        private Double lowestElevationM;
        private Double historicMaxFloodLevelM;
        private Boolean floodProtection;
        public Double getLowestElevationM() { return lowestElevationM; }
        public Double getHistoricMaxFloodLevelM() { return historicMaxFloodLevelM; }
        public Boolean getFloodProtection() { return floodProtection; }
    }

    /** The tailings pond (尾矿库) of a metal or non-metal mine, measured against its design. */
    @ClassReactive
    public static final class TailingsPond extends Element {
        private Boolean unapprovedMiningOrBlasting;
        private Double outerSlopeRatio;
        private Double designOuterSlopeRatio;
        private Double damHeightM;
        private Double designDamHeightM;
        private Double storedVolumeM3;
        private Double designCapacityM3;
        private Double riseRateMPerYear;
        private Double designRiseRateMPerYear;
        private Boolean damStabilityAssessed;
        private Double phreaticDepthM;
        private Double controlPhreaticDepthM;
        private Double freeboardM;
        private Double designFreeboardM;
        private Double dryBeachLengthM;
        private Double designDryBeachLengthM;
        private Boolean nonDesignInflow;
        private Boolean mixedTailings;
        private Boolean mixedDischargeAsDesigned;
        public Boolean getUnapprovedMiningOrBlasting() { return unapprovedMiningOrBlasting; }
        public Double getOuterSlopeRatio() { return outerSlopeRatio; }
        public Double getDesignOuterSlopeRatio() { return designOuterSlopeRatio; }
        public Double getDamHeightM() { return damHeightM; }
        public Double getDesignDamHeightM() { return designDamHeightM; }
        public Double getStoredVolumeM3() { return storedVolumeM3; }
        public Double getDesignCapacityM3() { return designCapacityM3; }
        public Double getRiseRateMPerYear() { return riseRateMPerYear; }
        public Double getDesignRiseRateMPerYear() { return designRiseRateMPerYear; }
        public Boolean getDamStabilityAssessed() { return damStabilityAssessed; }
        public Double getPhreaticDepthM() { return phreaticDepthM; }
        public Double getControlPhreaticDepthM() { return controlPhreaticDepthM; }
        public Double getFreeboardM() { return freeboardM; }
        public Double getDesignFreeboardM() { return designFreeboardM; }
        public Double getDryBeachLengthM() { return dryBeachLengthM; }
        public Double getDesignDryBeachLengthM() { return designDryBeachLengthM; }
        public Boolean getNonDesignInflow() { return nonDesignInflow; }
        public Boolean getMixedTailings() { return mixedTailings; }
        public Boolean getMixedDischargeAsDesigned() { return mixedDischargeAsDesigned; }
    }
}
