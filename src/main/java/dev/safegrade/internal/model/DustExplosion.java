package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.util.List;

/** A unit that holds a dust-explosion hazard area (粉尘爆炸危险场所), with its dust-removal systems. */
@ClassReactive
public final class DustExplosion extends Element {
    private Integer buildingStoreys;
    private Boolean buildingFrameStructure;
    private List<String> roomsInArea;
    private Boolean zone20ElectricalExplosionProof;
    private Boolean grindingEquipment;
    private Boolean ironStoneRemoval;
    private Boolean woodSanders;
    private Boolean sanderDuctSparkDetection;
    private WetIgnitingMetalDust wetIgnitingMetalDust;
    private List<RemovalSystem> removalSystems;

    @Override
    void locateChildren() {
        if (wetIgnitingMetalDust != null) {
            wetIgnitingMetalDust.locate(getPath() + "/wetIgnitingMetalDust", -1);
        }
        locateAll(removalSystems, getPath() + "/removalSystems");
    }

    public Integer getBuildingStoreys() { return buildingStoreys; }
    public Boolean getBuildingFrameStructure() { return buildingFrameStructure; }
    public List<String> getRoomsInArea() { return roomsInArea; }
    public Boolean getZone20ElectricalExplosionProof() { return zone20ElectricalExplosionProof; }
    public Boolean getGrindingEquipment() { return grindingEquipment; }
    public Boolean getIronStoneRemoval() { return ironStoneRemoval; }
    public Boolean getWoodSanders() { return woodSanders; }
    public Boolean getSanderDuctSparkDetection() { return sanderDuctSparkDetection; }
    public WetIgnitingMetalDust getWetIgnitingMetalDust() { return wetIgnitingMetalDust; }
    public List<RemovalSystem> getRemovalSystems() { return removalSystems == null ? List.of() : removalSystems; }

    /** Where metal dust that self-ignites when wet (遇湿自燃金属粉尘) is collected, piled or stored. */
    @ClassReactive
    public static final class WetIgnitingMetalDust extends Element {
        private Boolean wetHandling;
        private Boolean hydrogenVentilation;
        private Boolean dryHandling;
        private Boolean moistureProtection;
        public Boolean getWetHandling() { return wetHandling; }
        public Boolean getHydrogenVentilation() { return hydrogenVentilation; }
        public Boolean getDryHandling() { return dryHandling; }
        public Boolean getMoistureProtection() { return moistureProtection; }
    }

    /** A dust-removal system (除尘系统) serving the area. */
    @ClassReactive
    public static final class RemovalSystem extends Element {
        private String id;
        private String name;
        private String method;
        private List<String> dustClasses;
        private List<String> dustMaterials;
        private Boolean withCombustibleGas;
        private Integer buildingsServed;
        private Integer fireCompartmentsServed;
        private Boolean interconnected;
        private List<String> explosionProtection;
        private Boolean positivePressureConveying;
        private Boolean sparkDetection;
        private Boolean gravitySettlingChamber;
        private Boolean dryTunnelDuct;
        private Boolean airlockDischarge;

        public String getId() { return id; }
        public String getName() { return name; }
        public String getMethod() { return method; }
        public List<String> getDustClasses() { return dustClasses; }
        public List<String> getDustMaterials() { return dustMaterials; }
        public Boolean getWithCombustibleGas() { return withCombustibleGas; }
        public Integer getBuildingsServed() { return buildingsServed; }
        public Integer getFireCompartmentsServed() { return fireCompartmentsServed; }
        public Boolean getInterconnected() { return interconnected; }
        public List<String> getExplosionProtection() { return explosionProtection; }
        public Boolean getPositivePressureConveying() { return positivePressureConveying; }
        public Boolean getSparkDetection() { return sparkDetection; }
        public Boolean getGravitySettlingChamber() { return gravitySettlingChamber; }
        public Boolean getDryTunnelDuct() { return dryTunnelDuct; }
        public Boolean getAirlockDischarge() { return airlockDischarge; }

        /** The number of different dust classes handled, or null when not known. */
        public Integer getDustClassCount() {
            return dustClasses == null ? null : (int) dustClasses.stream().distinct().count();
        }

        /** Handles 铝镁等金属粉尘 or wood dust; null when the materials are not known. */
        public Boolean handles(String material) {
            return dustMaterials == null ? null : dustMaterials.contains(material);
        }
    }
}
