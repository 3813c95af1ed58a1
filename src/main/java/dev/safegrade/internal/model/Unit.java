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
    private String fireHazardClass;
    private Boolean adjacentToOpenFlame;
    private Boolean remoteMonitoring;
    private Boolean occupiedRoomsInside;
    private Boolean designedByClassA;
    // Facts of the 重大事故隐患 criteria for 化工/危化 and 烟花爆竹 (packs major-hazard-chem, major-hazard-fireworks).
    private Boolean upsForControl;
    private Boolean safetyAccessoriesInService;
    private Procedures procedures;
    private Boolean newUnitStarted;
    private Boolean trialProductionPlan;
    private Storage storage;
    private Loading loading;
    private FireworksRoom fireworks;
    // 工贸 重大事故隐患 (应急管理部令第10号): what the unit has that an item is about.
    private UnitFeatures.MoltenMetal moltenMetal;
    private UnitFeatures.SteelCasting steelCasting;
    private List<UnitFeatures.SteelmakingFurnace> steelmakingFurnaces;
    private List<UnitFeatures.MeltingFurnace> meltingFurnaces;
    private List<UnitFeatures.CoalPowder> coalPowderEquipment;
    private List<UnitFeatures.Silo> silos;
    private List<UnitFeatures.EquipmentEntry> equipmentEntries;
    private List<UnitFeatures.GasKiln> gasKilns;
    private UnitFeatures.GasRoom gasRoom;
    private List<UnitFeatures.FusedCastFurnace> fusedCastFurnaces;
    private List<UnitFeatures.GlassFurnace> glassFurnaces;
    private DustExplosion dustExplosion;
    private AmmoniaRefrigeration ammoniaRefrigeration;
    private UnitFeatures.Fumigation fumigation;
    private UnitFeatures.ExpandedTobacco expandedTobacco;
    private List<UnitFeatures.Device> devices;

    @Override
    void locateChildren() {
        locateAll(substances, getPath() + "/substances");
        locateFeatures();
    }

    private void locateFeatures() {
        locateOne(moltenMetal, "moltenMetal");
        locateOne(steelCasting, "steelCasting");
        locateAll(steelmakingFurnaces, getPath() + "/steelmakingFurnaces");
        locateAll(meltingFurnaces, getPath() + "/meltingFurnaces");
        locateAll(coalPowderEquipment, getPath() + "/coalPowderEquipment");
        locateAll(silos, getPath() + "/silos");
        locateAll(equipmentEntries, getPath() + "/equipmentEntries");
        locateAll(gasKilns, getPath() + "/gasKilns");
        locateOne(gasRoom, "gasRoom");
        locateAll(fusedCastFurnaces, getPath() + "/fusedCastFurnaces");
        locateAll(glassFurnaces, getPath() + "/glassFurnaces");
        locateOne(dustExplosion, "dustExplosion");
        locateOne(ammoniaRefrigeration, "ammoniaRefrigeration");
        locateOne(fumigation, "fumigation");
        locateOne(expandedTobacco, "expandedTobacco");
        locateAll(devices, getPath() + "/devices");
    }

    private void locateOne(Element child, String key) {
        if (child != null) {
            child.locate(getPath() + "/" + key, -1);
            child.locateChildren();
        }
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

    public UnitFeatures.MoltenMetal getMoltenMetal() { return moltenMetal; }
    public UnitFeatures.SteelCasting getSteelCasting() { return steelCasting; }
    public List<UnitFeatures.SteelmakingFurnace> getSteelmakingFurnaces() { return orEmpty(steelmakingFurnaces); }
    public List<UnitFeatures.MeltingFurnace> getMeltingFurnaces() { return orEmpty(meltingFurnaces); }
    public List<UnitFeatures.CoalPowder> getCoalPowderEquipment() { return orEmpty(coalPowderEquipment); }
    public List<UnitFeatures.Silo> getSilos() { return orEmpty(silos); }
    public List<UnitFeatures.EquipmentEntry> getEquipmentEntries() { return orEmpty(equipmentEntries); }
    public List<UnitFeatures.GasKiln> getGasKilns() { return orEmpty(gasKilns); }
    public UnitFeatures.GasRoom getGasRoom() { return gasRoom; }
    public List<UnitFeatures.FusedCastFurnace> getFusedCastFurnaces() { return orEmpty(fusedCastFurnaces); }
    public List<UnitFeatures.GlassFurnace> getGlassFurnaces() { return orEmpty(glassFurnaces); }
    public DustExplosion getDustExplosion() { return dustExplosion; }
    public AmmoniaRefrigeration getAmmoniaRefrigeration() { return ammoniaRefrigeration; }
    public UnitFeatures.Fumigation getFumigation() { return fumigation; }
    public UnitFeatures.ExpandedTobacco getExpandedTobacco() { return expandedTobacco; }
    public List<UnitFeatures.Device> getDevices() { return orEmpty(devices); }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
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

        /** Whether {@code media} is given. */
        public boolean isMediaRecorded() {
            return media != null;
        }

        public Boolean getFullPressureLiquefiedHydrocarbon() {
            return fullPressureLiquefiedHydrocarbon;
        }

        public Boolean getWaterInjection() {
            return waterInjection;
        }
    }
}
