package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** The envelope of a facts-v1 document. */
@ClassReactive
public final class Facts extends Element {
    private Integer factsVersion;
    private LocalDate asOf;
    private String profile;
    private Enterprise enterprise;
    private Park park;

    public Integer getFactsVersion() {
        return factsVersion;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getProfile() {
        return profile;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Park getPark() {
        return park;
    }

    /** Sets every element's JSON Pointer; call once after binding. */
    public Facts locate() {
        locate("", -1);
        if (enterprise != null) {
            enterprise.locate("/enterprise", -1);
            enterprise.locateChildren();
        }
        if (park != null) {
            park.locate("/park", -1);
            park.locateChildren();
        }
        return this;
    }
}
