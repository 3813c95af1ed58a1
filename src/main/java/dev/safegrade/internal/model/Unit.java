package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.util.List;

/** A production unit, tank farm, warehouse, workshop or plant area. */
@ClassReactive
public final class Unit extends Element {
    private String id;
    private String name;
    private String kind;
    private List<Substance> substances;
    private Integer exposedPeople;
    private List<String> keyRegulatedProcesses;
    private Automation automation;
    private TankFarm tankFarm;
    // Shared with the four-colour pack (应急〔2018〕19号 diagnosis), whose names these are.
    private Boolean gasDetection;
    private Boolean explosionProofEquipment;
    private Boolean formallyDesigned;
    private Boolean safetyDesignDiagnosed;
    // Facts of the 重大事故隐患 criteria for 化工/危化 and 烟花爆竹 (packs major-hazard-chem, major-hazard-fireworks).
    private Boolean upsForControl;
    private Boolean safetyAccessoriesInService;
    private Procedures procedures;
    private Boolean newUnitStarted;
    private Boolean trialProductionPlan;
    private Storage storage;
    private Loading loading;
    private FireworksRoom fireworks;

    @Override
    void locateChildren() {
        locateAll(substances, getPath() + "/substances");
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public List<Substance> getSubstances() {
        return substances == null ? List.of() : substances;
    }

    /** Whether {@code substances} is given ([] = none); absent means the unit's substances are not known. */
    public boolean isSubstancesRecorded() {
        return substances != null;
    }

    public Integer getExposedPeople() {
        return exposedPeople;
    }

    public List<String> getKeyRegulatedProcesses() {
        return keyRegulatedProcesses == null ? List.of() : keyRegulatedProcesses;
    }

    public Automation getAutomation() {
        return automation;
    }

    public TankFarm getTankFarm() {
        return tankFarm;
    }

    public Boolean getGasDetection() {
        return gasDetection;
    }

    public Boolean getExplosionProofEquipment() {
        return explosionProofEquipment;
    }

    public Boolean getFormallyDesigned() {
        return formallyDesigned;
    }

    public Boolean getSafetyDesignDiagnosed() {
        return safetyDesignDiagnosed;
    }

    public Boolean getUpsForControl() {
        return upsForControl;
    }

    public Boolean getSafetyAccessoriesInService() {
        return safetyAccessoriesInService;
    }

    public Procedures getProcedures() {
        return procedures;
    }

    public Boolean getNewUnitStarted() {
        return newUnitStarted;
    }

    public Boolean getTrialProductionPlan() {
        return trialProductionPlan;
    }

    public Storage getStorage() {
        return storage;
    }

    public Loading getLoading() {
        return loading;
    }

    public FireworksRoom getFireworks() {
        return fireworks;
    }

    /** A hazardous substance present in the unit (GB 18218-2018 q, Q and β). */
    @ClassReactive
    public static final class Substance extends Element {
        private String name;
        private String cas;
        private Double quantityT;
        private Double criticalQuantityT;
        private Double beta;

        public String getName() {
            return name;
        }

        public String getCas() {
            return cas;
        }

        public Double getQuantityT() {
            return quantityT;
        }

        public Double getCriticalQuantityT() {
            return criticalQuantityT;
        }

        public Double getBeta() {
            return beta;
        }
    }

    /** Automatic control and emergency shutdown of a unit. */
    @ClassReactive
    public static final class Automation {
        private Boolean controlInstalled;
        private Boolean esdInstalled;
        private Boolean inService;

        public Boolean getControlInstalled() {
            return controlInstalled;
        }

        public Boolean getEsdInstalled() {
            return esdInstalled;
        }

        public Boolean getInService() {
            return inService;
        }
    }

    /** What a tank farm has. */
    @ClassReactive
    public static final class TankFarm {
        private Boolean emergencyShutoff;
        private Boolean independentSis;
        private List<String> media;
        private Boolean fullPressureLiquefiedHydrocarbon;
        private Boolean waterInjection;

        public Boolean getEmergencyShutoff() {
            return emergencyShutoff;
        }

        public Boolean getIndependentSis() {
            return independentSis;
        }

        public List<String> getMedia() {
            return media == null ? List.of() : media;
        }

        public Boolean getFullPressureLiquefiedHydrocarbon() {
            return fullPressureLiquefiedHydrocarbon;
        }

        public Boolean getWaterInjection() {
            return waterInjection;
        }
    }
}
