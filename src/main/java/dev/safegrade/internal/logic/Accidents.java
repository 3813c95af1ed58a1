package dev.safegrade.internal.logic;

import dev.safegrade.internal.calc.Windows;
import dev.safegrade.internal.model.Accident;
import dev.safegrade.internal.model.Enterprise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Conditions over an enterprise's accidents in a period ("申请之日前1年内", "连续12个月内"), in three-valued logic: an
 * accident whose measure is not given could reach any bound, so it leaves a condition unknown unless the known
 * accidents already decide it. While the accident list itself is not recorded, every condition is unknown.
 * Measures are those of {@link Accident#measure}: {@code deaths}, {@code seriousInjuries}, {@code directLossYuan}.
 * A condition that holds reads, as evidence, the accidents that make it hold (and the totals); one that does not
 * reads nothing, so that it never lends a finding evidence it did not decide.
 */
public final class Accidents {
    private final Enterprise enterprise;
    private final List<Accident> in;

    private Accidents(Enterprise enterprise, List<Accident> in) {
        this.enterprise = enterprise;
        this.in = in;
    }

    /** The accidents dated from {@code from} to {@code to}, both days included; {@code from} null = no lower bound. */
    public static Accidents between(Enterprise enterprise, LocalDate from, LocalDate to) {
        List<Accident> in = new ArrayList<>();
        for (Accident a : enterprise.getAccidents()) {
            if ((from == null || !a.getDate().isBefore(from)) && !a.getDate().isAfter(to)) {
                in.add(a);
            }
        }
        in.sort(Comparator.comparing(Accident::getDate));
        return new Accidents(enterprise, in);
    }

    /** The accidents in the {@code years} years that end on {@code day} ({@link Windows#withinYears}). */
    public static Accidents withinYears(Enterprise enterprise, LocalDate day, int years) {
        return between(enterprise, day.minusYears(years).plusDays(1), day);
    }

    /** Some accident's measure is at least {@code bound} (e.g. deaths ≥ 1: a fatal accident). */
    public Tri anyReaches(String measure, double bound) {
        List<Tri> each = new ArrayList<>();
        for (Accident a : in) {
            each.add(Tri.atLeast(a, measure, bound).reading("accident", a.getId()));
        }
        return any(each);
    }

    /** Some accident's measure is at least {@code bound} and its kinds include one of {@code kinds}. */
    public Tri anyReachesOfKind(String measure, double bound, List<String> kinds) {
        List<Tri> each = new ArrayList<>();
        for (Accident a : in) {
            each.add(Tri.allOf(Tri.atLeast(a, measure, bound), Tri.containsAny(a, "kinds", kinds.toArray(String[]::new)))
                    .reading("accident", a.getId()));
        }
        return any(each);
    }

    /** Some accident has the boolean fact {@code key} true (e.g. {@code concealed}). */
    public Tri anyIsTrue(String key) {
        List<Tri> each = new ArrayList<>();
        for (Accident a : in) {
            each.add(Tri.isTrue(a, key).reading("accident", a.getId()));
        }
        return any(each);
    }

    /** The measure summed over the accidents is at least {@code bound}. */
    public Tri totalReaches(String measure, double bound) {
        return total(in, measure, bound);
    }

    /**
     * Within some {@code months} consecutive months, the accidents total at least {@code bound} of {@code measure} or
     * at least {@code otherBound} of {@code otherMeasure}. When it holds, the evidence is the first such window: its
     * accidents, first and last day, and both totals over it.
     */
    public Tri totalWithinMonthsReaches(int months, String measure, double bound, String otherMeasure, double otherBound) {
        if (!enterprise.isAccidentsRecorded()) {
            return Tri.unknown(List.of(enterprise.missing("accidents")));
        }
        // The largest sums are those of windows that end on an accident's date.
        List<String> undecided = new ArrayList<>();
        for (Accident last : in) {
            List<Accident> window = new ArrayList<>();
            for (Accident a : in) {
                if (a.getDate().isAfter(last.getDate().minusMonths(months)) && !a.getDate().isAfter(last.getDate())) {
                    window.add(a);
                }
            }
            Tri t = Tri.anyOf(total(window, measure, bound), total(window, otherMeasure, otherBound));
            if (t.isTrue()) {
                return Tri.known(true).reading("accidents", window.stream().map(Accident::getId).toList())
                        .reading("windowFrom", window.get(0).getDate()).reading("windowTo", last.getDate())
                        .reading(totalKey(measure), known(window, measure)).reading(totalKey(otherMeasure), known(window, otherMeasure));
            }
            undecided.addAll(t.missing());
        }
        return undecided.isEmpty() ? Tri.known(false) : Tri.unknown(undecided);
    }

    /** The sum of the given values of {@code measure}. */
    private static double known(List<Accident> accidents, String measure) {
        double sum = 0;
        for (Accident a : accidents) {
            Double v = a.measure(measure);
            sum += v == null ? 0 : v;
        }
        return sum;
    }

    private Tri total(List<Accident> accidents, String measure, double bound) {
        if (!enterprise.isAccidentsRecorded()) {
            return Tri.unknown(List.of(enterprise.missing("accidents")));
        }
        double sum = known(accidents, measure);
        if (sum >= bound) {
            return Tri.known(true).reading("accidents", accidents.stream().map(Accident::getId).toList()).reading(totalKey(measure), sum);
        }
        List<String> unknown = accidents.stream().filter(a -> a.measure(measure) == null).map(a -> a.missing(measure)).toList();
        return unknown.isEmpty() ? Tri.known(false) : Tri.unknown(unknown);
    }

    private Tri any(List<Tri> each) {
        if (!enterprise.isAccidentsRecorded()) {
            return Tri.unknown(List.of(enterprise.missing("accidents")));
        }
        Tri t = Tri.anyDeciding(each);
        if (!t.isTrue()) {
            return t;
        }
        List<String> which = new ArrayList<>();
        for (Tri e : each) {
            if (e.isTrue()) {
                which.add((String) e.read().get("accident"));
            }
        }
        return Tri.known(true).reading("accidents", which);
    }

    /** The evidence key of a total, e.g. {@code totalSeriousInjuries}. */
    private static String totalKey(String measure) {
        return "total" + Character.toUpperCase(measure.charAt(0)) + measure.substring(1);
    }
}
