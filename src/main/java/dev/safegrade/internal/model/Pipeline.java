package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;

/** A pipeline of the enterprise that leaves the plant or carries a toxic gas (管道). */
@ClassReactive
public final class Pipeline extends Element {
    private String id;
    private String medium;
    private Boolean crossesPublicArea;

    public String getId() {
        return id;
    }

    /** {@code highly-toxic-gas}, {@code hydrogen-sulfide} or {@code other}. */
    public String getMedium() {
        return medium;
    }

    public Boolean getCrossesPublicArea() {
        return crossesPublicArea;
    }
}
