package dev.safegrade.internal.logic;

import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * Parts of criteria items that several packs share, written once and called from DRL as {@code Items.observed(…)}:
 * a DRL function cannot be shared between packs, and a copy drifts.
 */
public final class Items {
    private Items() {
    }

    /** No certificate of {@code kind} valid on {@code asOf} (validUntil is the last valid day); unknown while certificates are not recorded. */
    public static Tri lacksValidCertificate(Person p, String kind, LocalDate asOf) {
        return Tri.allOf(Tri.recorded(p, "certificates"), Tri.known(!p.holdsValid(kind, asOf)))
                .reading("certificatesValidUntil", p.validUntilOf(kind));
    }

    /** An item only an inspector can decide: the latest determination on or before {@code asOf} decides it. */
    public static Check observed(Enterprise enterprise, String item, LocalDate asOf) {
        return Check.of(enterprise).situation("determined-present", Tri.observed(enterprise, item, asOf));
    }

    /** A fact absent altogether: the item cannot be decided for anything in it. */
    public static Check notRecorded(Enterprise enterprise, String key) {
        return Check.of(enterprise).situation("not-recorded", Tri.recorded(enterprise, key).not());
    }

    /** Without a principal in the list nobody can say the principal is assessed. */
    public static Check principalNotListed(Enterprise enterprise) {
        return Check.of(enterprise).situation("principal-not-listed", Tri.unknown(List.of(enterprise.missing("people"))));
    }
}
