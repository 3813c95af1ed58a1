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
    // Read by the four-colour pack (应急〔2018〕19号 diagnosis and its direct-red situations).
    private String fireHazardClass;
    private Boolean adjacentToOpenFlame;
    private Boolean remoteMonitoring;
    private Boolean gasDetection;
    private Boolean explosionProofEquipment;
    private Boolean occupiedRoomsInside;
    private Boolean formallyDesigned;
    private Boolean safetyDesignDiagnosed;
    private Boolean designedByClassA;

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

    /** Whether {@code substances} is given ([] = none); absent means the unit's substances are not known. */
    public boolean isSubstancesRecorded() {
        return substances != null;
    }

    /** Whether {@code keyRegulatedProcesses} is given ([] = none). */
    public boolean isKeyRegulatedProcessesRecorded() {
        return keyRegulatedProcesses != null;
    }

    /** 火灾危险性类别 (GB 50016): {@code a} 甲, {@code b} 乙, {@code c} 丙, {@code d} 丁, {@code e} 戊; null = not known. */
    public String getFireHazardClass() {
        return fireHazardClass;
    }

    /** 甲类 or 乙类: the classes the 2018 diagnosis counts. */
    public boolean isClassAOrB() {
        return "a".equals(fireHazardClass) || "b".equals(fireHazardClass);
    }

    public Boolean getAdjacentToOpenFlame() {
        return adjacentToOpenFlame;
    }

    public Boolean getRemoteMonitoring() {
        return remoteMonitoring;
    }

    public Boolean getGasDetection() {
        return gasDetection;
    }

    public Boolean getExplosionProofEquipment() {
        return explosionProofEquipment;
    }

    public Boolean getOccupiedRoomsInside() {
        return occupiedRoomsInside;
    }

    public Boolean getFormallyDesigned() {
        return formallyDesigned;
    }

    public Boolean getSafetyDesignDiagnosed() {
        return safetyDesignDiagnosed;
    }

    public Boolean getDesignedByClassA() {
        return designedByClassA;
    }

    /** A hazardous substance present in the unit (GB 18218-2018 q, Q and β). */
    @ClassReactive
    public static final class Substance extends Element {
        private String name;
        private String cas;
        private Double quantityT;
        private Double criticalQuantityT;
        private Double beta;
        private List<String> categories;

        /** The 2018 diagnosis's substance categories that apply ([] = none); null = not known. */
        public List<String> getCategories() {
            return categories;
        }

        public boolean hasCategory(String category) {
            return categories != null && categories.contains(category);
        }

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

        public Boolean getEmergencyShutoff() {
            return emergencyShutoff;
        }

        public Boolean getIndependentSis() {
            return independentSis;
        }

        public List<String> getMedia() {
            return media == null ? List.of() : media;
        }

        /** Whether {@code media} is given. */
        public boolean isMediaRecorded() {
            return media != null;
        }
    }
}
