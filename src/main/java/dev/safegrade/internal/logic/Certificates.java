package dev.safegrade.internal.logic;

import dev.safegrade.internal.model.Person;
import java.time.LocalDate;

/** What a person's certificates say, for evidence. */
public final class Certificates {
    private Certificates() {
    }

    /** The last day covered by any certificate of this kind the person holds, or null when none is held. */
    public static LocalDate lastValidUntil(Person person, String kind) {
        LocalDate last = null;
        for (Person.Certificate c : person.getCertificates()) {
            if (kind.equals(c.getKind()) && c.getValidUntil() != null && (last == null || c.getValidUntil().isAfter(last))) {
                last = c.getValidUntil();
            }
        }
        return last;
    }
}
