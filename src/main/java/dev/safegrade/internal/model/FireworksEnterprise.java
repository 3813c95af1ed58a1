package dev.safegrade.internal.model;

import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/** Facts about a fireworks enterprise (烟花爆竹生产经营单位) as a whole. */
@ClassReactive
public final class FireworksEnterprise extends Element {
    private List<String> operations;
    private Boolean operating;
    private Boolean repairWhileCharged;
    private Boolean ownToolsForPyrotechnicWork;
    private Boolean perimeterWall;
    private Boolean zonedPerStandard;
    private Boolean makeshiftBuildings;
    private Boolean illegalPremixing;
    private List<FireworksMachine> machinery;
    private List<String> productClasses;
    private Boolean prohibitedCompositionsUsed;
    private Integer plantSitesUnderLicence;
    private Boolean shareholdersProduceSeparately;
    private Boolean suspensionOrdered;
    private Boolean operatedInSevereWeather;
    private Boolean prohibitedOrSubstandardProducts;

    @Override
    void locateChildren() {
        locateAll(machinery, getPath() + "/machinery");
    }

    /** {@code production}, {@code wholesale}, {@code retail}; empty when not known. */
    public List<String> getOperations() {
        return operations == null ? List.of() : operations;
    }

    public Boolean getOperating() {
        return operating;
    }

    public Boolean getRepairWhileCharged() {
        return repairWhileCharged;
    }

    public Boolean getOwnToolsForPyrotechnicWork() {
        return ownToolsForPyrotechnicWork;
    }

    public Boolean getPerimeterWall() {
        return perimeterWall;
    }

    public Boolean getZonedPerStandard() {
        return zonedPerStandard;
    }

    public Boolean getMakeshiftBuildings() {
        return makeshiftBuildings;
    }

    public Boolean getIllegalPremixing() {
        return illegalPremixing;
    }

    public List<FireworksMachine> getMachinery() {
        return machinery == null ? List.of() : machinery;
    }

    public List<String> getProductClasses() {
        return productClasses == null ? List.of() : productClasses;
    }

    public Boolean getProhibitedCompositionsUsed() {
        return prohibitedCompositionsUsed;
    }

    public Integer getPlantSitesUnderLicence() {
        return plantSitesUnderLicence;
    }

    public Boolean getShareholdersProduceSeparately() {
        return shareholdersProduceSeparately;
    }

    public Boolean getSuspensionOrdered() {
        return suspensionOrdered;
    }

    public Boolean getOperatedInSevereWeather() {
        return operatedInSevereWeather;
    }

    public Boolean getProhibitedOrSubstandardProducts() {
        return prohibitedOrSubstandardProducts;
    }
}
