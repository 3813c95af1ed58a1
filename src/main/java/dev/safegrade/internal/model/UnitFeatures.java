package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.util.List;

/**
 * Equipment and places of a unit that the 工贸 industry items of 应急管理部令第10号 (冶金, 建材, 机械) are about.
 * A block on a unit (or an entry of a list on it) says the unit has that thing; its keys are facts about it,
 * absent = not known.
 */
public final class UnitFeatures {
    private UnitFeatures() {
    }

    /** A place where molten metal (hot metal, steel, slag) is handled, lifted by crane or poured. */
    @ClassReactive
    public static final class MoltenMetal extends Element {
        private List<String> roomsInCraneBayFootprint;
        private Boolean ladleRepairStationInCraneBayFootprint;
        private Boolean standingWaterInSplashRange;
        public List<String> getRoomsInCraneBayFootprint() { return roomsInCraneBayFootprint; }
        public Boolean getLadleRepairStationInCraneBayFootprint() { return ladleRepairStationInCraneBayFootprint; }
        public Boolean getStandingWaterInSplashRange() { return standingWaterInSplashRange; }
    }

    /** Steel casting (炼钢连铸 or 模铸) and its emergency facilities. */
    @ClassReactive
    public static final class SteelCasting extends Element {
        private String method;
        private Boolean emergencyLadle;
        private Boolean tundishBreakoutPit;
        private Boolean tundishOverflowPit;
        private Boolean breakoutRotaryChute;
        public String getMethod() { return method; }
        public Boolean getEmergencyLadle() { return emergencyLadle; }
        public Boolean getTundishBreakoutPit() { return tundishBreakoutPit; }
        public Boolean getTundishOverflowPit() { return tundishOverflowPit; }
        public Boolean getBreakoutRotaryChute() { return breakoutRotaryChute; }
    }

    /** A converter, electric-arc, AOD, LF, RH or VOD furnace with water-cooled elements. */
    @ClassReactive
    public static final class SteelmakingFurnace extends Element {
        private String name;
        private String type;
        private Boolean outletTemperatureAlarm;
        private Boolean flowDifferenceAlarm;
        private Boolean alarmsInterlocked;
        public String getName() { return name; }
        public String getType() { return type; }
        public Boolean getOutletTemperatureAlarm() { return outletTemperatureAlarm; }
        public Boolean getFlowDifferenceAlarm() { return flowDifferenceAlarm; }
        public Boolean getAlarmsInterlocked() { return alarmsInterlocked; }
    }

    /** A melting, refining or holding furnace (熔炼炉、精炼炉、保温炉). */
    @ClassReactive
    public static final class MeltingFurnace extends Element {
        private String name;
        private String type;
        private Boolean emergencyDischargeAndStorage;
        public String getName() { return name; }
        public String getType() { return type; }
        public Boolean getEmergencyDischargeAndStorage() { return emergencyDischargeAndStorage; }
    }

    /** A coal-mill bag filter or a pulverised-coal bin (煤磨袋式收尘器、煤粉仓). */
    @ClassReactive
    public static final class CoalPowder extends Element {
        private String name;
        private String kind;
        private Boolean temperatureMonitoringAlarm;
        private Boolean fixedCoMonitoringAlarm;
        private Boolean gasExtinguishing;
        public String getName() { return name; }
        public String getKind() { return kind; }
        public Boolean getTemperatureMonitoringAlarm() { return temperatureMonitoringAlarm; }
        public Boolean getFixedCoMonitoringAlarm() { return fixedCoMonitoringAlarm; }
        public Boolean getGasExtinguishing() { return gasExtinguishing; }
    }

    /** A cylindrical storage silo (筒型储库). */
    @ClassReactive
    public static final class Silo extends Element {
        private String name;
        private Boolean manualCleaning;
        private Boolean cleaningFallCollapseMeasures;
        private Boolean carbideSlagForCement;
        private Boolean fixedCombustibleGasAlarm;
        private Boolean gasAlarmVentilationInterlock;
        public String getName() { return name; }
        public Boolean getManualCleaning() { return manualCleaning; }
        public Boolean getCleaningFallCollapseMeasures() { return cleaningFallCollapseMeasures; }
        public Boolean getCarbideSlagForCement() { return carbideSlagForCement; }
        public Boolean getFixedCombustibleGasAlarm() { return fixedCombustibleGasAlarm; }
        public Boolean getGasAlarmVentilationInterlock() { return gasAlarmVentilationInterlock; }
    }

    /** How people enter a silo, kiln, cyclone, calciner, shaft kiln, grate cooler, mill or crusher for work. */
    @ClassReactive
    public static final class EquipmentEntry extends Element {
        private String name;
        private String equipment;
        private Boolean startUpIsolated;
        private Boolean materialInflowIsolated;
        private Boolean hotToxicGasIsolated;
        private Boolean fallCollapseMeasures;
        public String getName() { return name; }
        public String getEquipment() { return equipment; }
        public Boolean getStartUpIsolated() { return startUpIsolated; }
        public Boolean getMaterialInflowIsolated() { return materialInflowIsolated; }
        public Boolean getHotToxicGasIsolated() { return hotToxicGasIsolated; }
        public Boolean getFallCollapseMeasures() { return fallCollapseMeasures; }
    }

    /** A gas-fired kiln (燃气窑炉). */
    @ClassReactive
    public static final class GasKiln extends Element {
        private String name;
        private Boolean premixCombustion;
        private Boolean hotProducerGas;
        private Boolean mainPressureAlarm;
        private Boolean pressureAlarmShutoffInterlock;
        public String getName() { return name; }
        public Boolean getPremixCombustion() { return premixCombustion; }
        public Boolean getHotProducerGas() { return hotProducerGas; }
        public Boolean getMainPressureAlarm() { return mainPressureAlarm; }
        public Boolean getPressureAlarmShutoffInterlock() { return pressureAlarmShutoffInterlock; }
    }

    /** A hydrogen station or a gas-mixing room (制氢站、氮氢保护气体配气间、燃气配气间). */
    @ClassReactive
    public static final class GasRoom extends Element {
        private String type;
        private Boolean fixedCombustibleGasAlarm;
        public String getType() { return type; }
        public Boolean getFixedCombustibleGasAlarm() { return fixedCombustibleGasAlarm; }
    }

    /** An electric furnace for fused-cast products (电熔制品电炉). */
    @ClassReactive
    public static final class FusedCastFurnace extends Element {
        private String name;
        private Boolean waterCoolingEffective;
        public String getName() { return name; }
        public Boolean getWaterCoolingEffective() { return waterCoolingEffective; }
    }

    /** A glass furnace or a tin bath (玻璃窑炉、玻璃锡槽). */
    @ClassReactive
    public static final class GlassFurnace extends Element {
        private String name;
        private String type;
        private Boolean coolingMonitoringAlarm;
        public String getName() { return name; }
        public String getType() { return type; }
        public Boolean getCoolingMonitoringAlarm() { return coolingMonitoringAlarm; }
    }

    /** A tobacco fumigation place (烟草熏蒸作业场所). */
    @ClassReactive
    public static final class Fumigation extends Element {
        private Boolean phosphineAlarm;
        private Boolean gasMasks;
        private Boolean evacuationConfirmed;
        public Boolean getPhosphineAlarm() { return phosphineAlarm; }
        public Boolean getGasMasks() { return gasMasks; }
        public Boolean getEvacuationConfirmed() { return evacuationConfirmed; }
    }

    /** A line or place making expanded tobacco with liquid carbon dioxide (使用液态二氧化碳制造膨胀烟丝的生产线和场所). */
    @ClassReactive
    public static final class ExpandedTobacco extends Element {
        private Boolean fixedCo2Alarm;
        private Boolean co2AlarmVentilationInterlock;
        public Boolean getFixedCo2Alarm() { return fixedCo2Alarm; }
        public Boolean getCo2AlarmVentilationInterlock() { return co2AlarmVentilationInterlock; }
    }

    /**
     * A monitoring, alarm or protection device of the unit that an item of 应急管理部令第10号 names, and whether it
     * works (第十四条: failed or ineffective is itself a 重大事故隐患). Which kinds an item names is pack data.
     */
    @ClassReactive
    public static final class Device extends Element {
        private String kind;
        private String name;
        private String status;
        public String getKind() { return kind; }
        public String getName() { return name; }
        public String getStatus() { return status; }
    }
}
