package dev.safegrade.internal.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/**
 * Decimal arithmetic for scores, so that 0.2 × 6 × 15 is 18 and ten deductions of 0.1 are 1, as a person
 * working the numbers by hand gets them; doubles would put 18.000000000000004 into reports and could tip a
 * score over a band boundary.
 */
public final class Exact {
    /** Quotients (q/Q) keep 16 significant digits. */
    static final MathContext DIVISION = MathContext.DECIMAL64;

    private Exact() {
    }

    /** The decimal a fact's number was written as (3 for 3.0, 0.1 for 0.1). */
    public static BigDecimal of(Number n) {
        return plain(new BigDecimal(n.toString()));
    }

    /** The product of the factors, e.g. D = L × E × C. */
    public static BigDecimal product(Number... factors) {
        BigDecimal p = BigDecimal.ONE;
        for (Number f : factors) {
            p = p.multiply(of(f));
        }
        return plain(p);
    }

    public static BigDecimal sum(Collection<? extends Number> terms) {
        BigDecimal s = BigDecimal.ZERO;
        for (Number t : terms) {
            s = s.add(of(t));
        }
        return plain(s);
    }

    /** Without trailing zeros and never in exponent form when written. */
    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
