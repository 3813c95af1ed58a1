package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/** What a fireworks workshop or storehouse (烟花爆竹工（库）房) is and holds; also a retail point. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@ClassReactive
public final class FireworksRoom {
    private Integer persons;
    private Integer approvedPersons;
    private Double chargeT;
    private Double approvedChargeT;
    private Boolean antiStatic;
    private Boolean fireProtection;
    private Boolean lightningProtection;
    private Boolean purposeChangedWithoutApproval;
    private List<String> storedMaterials;
    private List<String> groundOrWeighedMaterials;
    private Boolean contractedOut;
    private FireworksRetail retail;

    public Integer getPersons() {
        return persons;
    }

    public Integer getApprovedPersons() {
        return approvedPersons;
    }

    public Double getChargeT() {
        return chargeT;
    }

    public Double getApprovedChargeT() {
        return approvedChargeT;
    }

    public Boolean getAntiStatic() {
        return antiStatic;
    }

    public Boolean getFireProtection() {
        return fireProtection;
    }

    public Boolean getLightningProtection() {
        return lightningProtection;
    }

    public Boolean getPurposeChangedWithoutApproval() {
        return purposeChangedWithoutApproval;
    }

    public List<String> getStoredMaterials() {
        return storedMaterials == null ? List.of() : storedMaterials;
    }

    public List<String> getGroundOrWeighedMaterials() {
        return groundOrWeighedMaterials == null ? List.of() : groundOrWeighedMaterials;
    }

    public Boolean getContractedOut() {
        return contractedOut;
    }

    public FireworksRetail getRetail() {
        return retail;
    }
}
