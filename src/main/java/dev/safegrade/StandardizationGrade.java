package dev.safegrade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code grades.standardization}: the standing of the enterprise's 安全生产标准化 grade on {@code asOf}.
 *
 * @param grade              1 = 一级, 2 = 二级, 3 = 三级
 * @param regime             the rules it was awarded under ({@code mem-2021}, {@code hazchem-2011},
 *                           {@code industry-trade-2011}), when the input says
 * @param awardedOn          the award day, when the input gives it
 * @param validUntil         the last valid day (the certificate's, or counted 3 years from the award)
 * @param valid              on or before {@code validUntil} and not revoked on {@code asOf}
 * @param revokedOn          the revocation day the input records, if any (revoked when on or before {@code asOf})
 * @param revocationTriggers ids of the revocation-trigger findings ({@code STD-83-REVOKE-*}); these rest on
 *                           unconfirmed text and are not a revocation
 */
public record StandardizationGrade(int grade, Optional<String> regime, Optional<LocalDate> awardedOn, LocalDate validUntil,
                                   boolean valid, Optional<LocalDate> revokedOn, List<String> revocationTriggers) {
    public StandardizationGrade {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(awardedOn, "awardedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(revokedOn, "revokedOn");
        revocationTriggers = List.copyOf(revocationTriggers);
    }
}
