package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;
import java.util.List;

/** A production-safety accident (生产安全事故). */
@ClassReactive
public final class Accident extends Element implements Measured {
    private String id;
    private LocalDate date;
    private Integer deaths;
    private Integer seriousInjuries;
    private Double directLossYuan;
    private Boolean concealed;
    private Boolean socialImpact;
    private List<String> kinds;

    public String getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public Integer getDeaths() {
        return deaths;
    }

    public Integer getSeriousInjuries() {
        return seriousInjuries;
    }

    public Double getDirectLossYuan() {
        return directLossYuan;
    }

    public Boolean getConcealed() {
        return concealed;
    }

    /** The event had a social impact (造成社会影响); null = not known. */
    public Boolean getSocialImpact() {
        return socialImpact;
    }

    /** 爆炸、火灾、泄漏、中毒 or other; null = not known. */
    public List<String> getKinds() {
        return kinds;
    }

    @Override
    public Double measure(String name) {
        return switch (name) {
            case "deaths" -> deaths == null ? null : deaths.doubleValue();
            case "seriousInjuries" -> seriousInjuries == null ? null : seriousInjuries.doubleValue();
            case "directLossYuan" -> directLossYuan;
            default -> throw new IllegalArgumentException("an accident has no measure '" + name + "'");
        };
    }
}
