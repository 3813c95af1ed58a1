package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** An inspector's determination on an item that needs expert judgement. */
@ClassReactive
public final class Observation extends Element {
    private String item;
    private Boolean holds;
    private LocalDate on;
    private String by;

    public String getItem() {
        return item;
    }

    public Boolean getHolds() {
        return holds;
    }

    public LocalDate getOn() {
        return on;
    }

    public String getBy() {
        return by;
    }
}
