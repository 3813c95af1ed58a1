package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;
import java.util.List;

/** A licence (许可证) held by the enterprise. */
@ClassReactive
public final class Licence extends Element {
    private String kind;
    private String number;
    private LocalDate validUntil;
    private String status;
    // Facts of the 烟花爆竹 重大事故隐患 criteria (pack major-hazard-fireworks).
    private List<String> scope;
    private List<String> irregularities;
    // Fact of the 严重失信 listing situations (pack severe-dishonesty).
    private Boolean operatedWhileInvalid;

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

    /** Product categories and hazard grades the licence covers, as printed; empty when not known. */
    public List<String> getScope() {
        return scope == null ? List.of() : scope;
    }

    public List<String> getIrregularities() {
        return irregularities == null ? List.of() : irregularities;
    }

    /** Activities needing the licence were carried on while it was expired, suspended or revoked; null = not known. */
    public Boolean getOperatedWhileInvalid() {
        return operatedWhileInvalid;
    }
}
