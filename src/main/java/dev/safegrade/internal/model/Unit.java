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
    // Facts of the 重大事故隐患 criteria for 化工/危化 and 烟花爆竹 (packs major-hazard-chem, major-hazard-fireworks).
    private Boolean formalDesign;
    private Boolean safetyDesignDiagnosis;
    private List<String> eliminatedCatalogueEntries;
    private GasDetection gasDetection;
    private ExplosionProtection explosionProtection;
    private PowerSupply power;
    private Boolean safetyAccessoriesInService;
    private Procedures procedures;
    private ProcessSafety processSafety;
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

    /** Whether the substances are recorded at all (an empty list says none are present). */
    public boolean hasSubstancesRecorded() {
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

    public Boolean getFormalDesign() {
        return formalDesign;
    }

    public Boolean getSafetyDesignDiagnosis() {
        return safetyDesignDiagnosis;
    }

    public List<String> getEliminatedCatalogueEntries() {
        return eliminatedCatalogueEntries == null ? List.of() : eliminatedCatalogueEntries;
    }

    public GasDetection getGasDetection() {
        return gasDetection;
    }

    public ExplosionProtection getExplosionProtection() {
        return explosionProtection;
    }

    public PowerSupply getPower() {
        return power;
    }

    public Boolean getSafetyAccessoriesInService() {
        return safetyAccessoriesInService;
    }

    public Procedures getProcedures() {
        return procedures;
    }

    public ProcessSafety getProcessSafety() {
        return processSafety;
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
