package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** A licence (许可证) held by the enterprise. */
@ClassReactive
public final class Licence extends Element {
    private String kind;
    private String number;
    private LocalDate validUntil;
    private String status;

    public String getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getStatus() {
        return status;
    }
}
