package dev.safegrade.internal.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.kie.api.definition.type.ClassReactive;
import java.util.List;

/** A risk point (风险点) of the enterprise's risk register. */
@ClassReactive
public final class RiskPoint extends Element {
    private String id;
    private String name;
    private String unit;
    private Assessment assessment;
    private Integer simultaneousWorkers;
    private List<String> hazardTypes;
    private Boolean violatesMandatoryStandard;
    private Boolean accidentConditionsPersist;

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    /** The same as {@link #getUnit()}, for DRL, where {@code unit} is a keyword. */
    public String getUnitId() {
        return unit;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Integer getSimultaneousWorkers() {
        return simultaneousWorkers;
    }

    public List<String> getHazardTypes() {
        return hazardTypes == null ? List.of() : hazardTypes;
    }

    /** Whether {@code hazardTypes} is given ([] = none). */
    public boolean isHazardTypesRecorded() {
        return hazardTypes != null;
    }

    public boolean hasHazardType(String type) {
        return hazardTypes != null && hazardTypes.contains(type);
    }

    public Boolean getViolatesMandatoryStandard() {
        return violatesMandatoryStandard;
    }

    public Boolean getAccidentConditionsPersist() {
        return accidentConditionsPersist;
    }

    /**
     * One of LEC (L, E, C), LS (L, S) or MES (M, E, S); the schema guarantees the fields of its method.
     * Bound by field: the upper-case keys would not match the properties Jackson derives from getL() etc.
     */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    @ClassReactive
    public static final class Assessment {
        private String method;
        private Double L;
        private Double E;
        private Double C;
        private Double S;
        private Double M;

        public String getMethod() {
            return method;
        }

        public Double getL() {
            return L;
        }

        public Double getE() {
            return E;
        }

        public Double getC() {
            return C;
        }

        public Double getS() {
            return S;
        }

        public Double getM() {
            return M;
        }
    }
}
