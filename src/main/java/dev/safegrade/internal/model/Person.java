package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;
import java.util.List;

/** A person whose role or certificate matters to a rule (no names are needed). */
@ClassReactive
public final class Person extends Element {
    private String id;
    private List<String> roles;
    private List<Certificate> certificates;
    private String education;
    private Boolean chemicalQualification;

    @Override
    void locateChildren() {
        locateAll(certificates, getPath() + "/certificates");
    }

    public String getId() {
        return id;
    }

    public List<String> getRoles() {
        return roles == null ? List.of() : roles;
    }

    /** Whether the facts say what roles the person has (absent: not known, so any role is possible). */
    public boolean isRolesRecorded() {
        return roles != null;
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    public List<Certificate> getCertificates() {
        return certificates == null ? List.of() : certificates;
    }

    /** True when a certificate of this kind is valid on {@code day} (validUntil is the last valid day). */
    public boolean holdsValid(String kind, LocalDate day) {
        return getCertificates().stream()
                .anyMatch(c -> kind.equals(c.getKind()) && c.getValidUntil() != null && !c.getValidUntil().isBefore(day));
    }

    /** The last valid days of the person's certificates of this kind, in list order. */
    public List<String> validUntilOf(String kind) {
        return getCertificates().stream().filter(c -> kind.equals(c.getKind()) && c.getValidUntil() != null)
                .map(c -> c.getValidUntil().toString()).toList();
    }

    public String getEducation() {
        return education;
    }

    /** Whether {@code certificates} is given ([] = holds none). */
    public boolean isCertificatesRecorded() {
        return certificates != null;
    }

    /** Holds a chemistry-related degree or professional title (化工类专业学历或化工专业技术职称); null = not known. */
    public Boolean getChemicalQualification() {
        return chemicalQualification;
    }

    /** A certificate (考核合格证明 or 特种作业操作证). */
    @ClassReactive
    public static final class Certificate extends Element {
        private String kind;
        private LocalDate validUntil;

        public String getKind() {
            return kind;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }
    }
}
