package dev.safegrade.internal.logic;

import dev.safegrade.internal.model.Element;
import dev.safegrade.internal.model.Enterprise;
import dev.safegrade.internal.model.Observation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A condition over facts in three-valued (Kleene) logic: true, false or unknown. It keeps the fact values it read,
 * for a finding's evidence, and, while unknown, the JSON Pointers of the absent facts that would decide it, for
 * {@code notEvaluated}. Rules build a criteria item from these so that a fact that is not known never passes silently.
 *
 * <p>Facts are named by their JSON keys below an element, '/'-separated: {@code Tri.isFalse(unit, "automation/esdInstalled")}.
 */
public final class Tri {
    private static final String OBSERVATIONS = "observations";

    private final Boolean value;
    private final Map<String, Object> read;
    private final List<String> missing;

    private Tri(Boolean value, Map<String, Object> read, Collection<String> missing) {
        this.value = value;
        this.read = read;
        this.missing = value == null ? List.copyOf(new LinkedHashSet<>(missing)) : List.of();
    }

    public static Tri known(boolean value) {
        return new Tri(value, new LinkedHashMap<>(), List.of());
    }

    /** Unknown until the facts at these pointers are given. */
    public static Tri unknown(List<String> missingPointers) {
        return new Tri(null, new LinkedHashMap<>(), missingPointers);
    }

    /** The boolean fact at {@code key} below {@code owner} is true. */
    public static Tri isTrue(Element owner, String key) {
        return is(owner, key, true);
    }

    /** The boolean fact at {@code key} below {@code owner} is false. */
    public static Tri isFalse(Element owner, String key) {
        return is(owner, key, false);
    }

    private static Tri is(Element owner, String key, boolean expected) {
        Object v = FactPath.read(owner, key);
        return of(v == null ? null : v.equals(expected), owner, key, v);
    }

    /** True when the fact at {@code key} is given, whatever its value; unknown, pointing at it, when absent. */
    public static Tri recorded(Element owner, String key) {
        return FactPath.read(owner, key) == null ? unknown(List.of(owner.missing(key))) : known(true);
    }

    /** The number at {@code key} is greater than the number at {@code limitKey} (both below {@code owner}). */
    public static Tri exceeds(Element owner, String key, String limitKey) {
        Number v = (Number) FactPath.read(owner, key);
        Number limit = (Number) FactPath.read(owner, limitKey);
        Map<String, Object> read = new LinkedHashMap<>();
        read.put(FactPath.evidenceKey(key), v);
        read.put(FactPath.evidenceKey(limitKey), limit);
        if (v == null || limit == null) {
            List<String> absent = new java.util.ArrayList<>();
            if (v == null) {
                absent.add(owner.missing(key));
            }
            if (limit == null) {
                absent.add(owner.missing(limitKey));
            }
            return new Tri(null, read, absent);
        }
        return new Tri(Double.compare(v.doubleValue(), limit.doubleValue()) > 0, read, List.of());
    }

    /** The number at {@code key} is greater than {@code bound}, a bound the criteria item itself states (e.g. "more than one"). */
    public static Tri greaterThan(Element owner, String key, double bound) {
        Number v = (Number) FactPath.read(owner, key);
        return of(v == null ? null : v.doubleValue() > bound, owner, key, v);
    }

    /** The number at {@code key} is less than {@code bound}, a bound the criteria item states (e.g. "less than 30 m"). */
    public static Tri lessThan(Element owner, String key, double bound) {
        Number v = (Number) FactPath.read(owner, key);
        return of(v == null ? null : v.doubleValue() < bound, owner, key, v);
    }

    /** The number at {@code key} is at least {@code bound}, a bound the criteria item states (e.g. "200 m and more"). */
    public static Tri atLeast(Element owner, String key, double bound) {
        Number v = (Number) FactPath.read(owner, key);
        return of(v == null ? null : v.doubleValue() >= bound, owner, key, v);
    }

    /**
     * The number at {@code key} exceeds the number at {@code limitKey} by at least {@code share} of the latter
     * (e.g. "more than the design value by 10% or more": share 0.10), computed in decimal so that a boundary holds.
     */
    public static Tri exceedsByAtLeast(Element owner, String key, String limitKey, double share) {
        Tri both = exceeds(owner, key, limitKey);
        if (both.isUnknown()) {
            return both;
        }
        java.math.BigDecimal v = new java.math.BigDecimal(((Number) FactPath.read(owner, key)).toString());
        java.math.BigDecimal limit = new java.math.BigDecimal(((Number) FactPath.read(owner, limitKey)).toString());
        boolean holds = v.subtract(limit).compareTo(limit.multiply(java.math.BigDecimal.valueOf(share))) >= 0 && v.compareTo(limit) > 0;
        return new Tri(holds, both.read, List.of());
    }

    /** The date at {@code key} is before {@code day} (e.g. a policy's last covered day before {@code asOf}). */
    public static Tri dateBefore(Element owner, String key, LocalDate day) {
        Object v = FactPath.read(owner, key);
        LocalDate d = v instanceof LocalDate ld ? ld : v == null ? null : LocalDate.parse(v.toString());
        return of(d == null ? null : d.isBefore(day), owner, key, v == null ? null : d.toString());
    }

    /** The text fact at {@code key} is one of {@code values} (e.g. an industry in a regulation's list). */
    public static Tri oneOf(Element owner, String key, Collection<String> values) {
        Object v = FactPath.read(owner, key);
        return of(v == null ? null : values.contains(v), owner, key, v);
    }

    /** The list at {@code key} contains at least one of {@code values}. */
    public static Tri containsAny(Element owner, String key, String... values) {
        Collection<?> list = (Collection<?>) FactPath.read(owner, key);
        return of(list == null ? null : Arrays.stream(values).anyMatch(list::contains), owner, key, list);
    }

    /** The list at {@code key} contains every one of {@code values}. */
    public static Tri containsAll(Element owner, String key, String... values) {
        Collection<?> list = (Collection<?>) FactPath.read(owner, key);
        return of(list == null ? null : list.containsAll(Arrays.asList(values)), owner, key, list);
    }

    /** The list at {@code key} has at least one entry. */
    public static Tri nonEmpty(Element owner, String key) {
        Collection<?> list = (Collection<?>) FactPath.read(owner, key);
        return of(list == null ? null : !list.isEmpty(), owner, key, list);
    }

    /** The text fact at {@code key} is one of {@code values}. */
    public static Tri oneOf(Element owner, String key, String... values) {
        Object v = FactPath.read(owner, key);
        return of(v == null ? null : Arrays.asList(values).contains(v), owner, key, v);
    }

    /**
     * An inspector's determination on {@code item}: the one that counts on {@code asOf} ({@link Observations#latest}).
     * Unknown, pointing at the observations, when there is none.
     */
    public static Tri observed(Enterprise e, String item, LocalDate asOf) {
        Observation latest = Observations.latest(e, item, asOf);
        if (latest == null) {
            return new Tri(null, new LinkedHashMap<>(), List.of(e.missing(OBSERVATIONS)));
        }
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("observation", latest.getPath());
        read.put("observedOn", latest.getOn().toString());
        read.put("observedBy", latest.getBy());
        read.put("observedHolds", latest.getHolds());
        return new Tri(latest.getHolds(), read, List.of());
    }

    /** True when all are true, false when any is false (whatever the rest), else unknown: Kleene's strong "and". */
    public static Tri allOf(Tri... parts) {
        return new Tri(decided(parts, false, true), reads(parts), absent(parts));
    }

    /** True when any is true (whatever the rest), false when all are false, else unknown: Kleene's strong "or". */
    public static Tri anyOf(Tri... parts) {
        return new Tri(decided(parts, true, false), reads(parts), absent(parts));
    }

    /**
     * As {@link #anyOf}, keeping as evidence only what the true parts read: the entries of a list that do not decide
     * lend a finding no evidence (e.g. the first licence listed, when the second is the revoked one).
     */
    public static Tri anyDeciding(Collection<Tri> parts) {
        return anyOf(parts.stream().map(t -> t.isTrue() ? t : t.isFalse() ? known(false) : unknown(t.missing)).toArray(Tri[]::new));
    }

    /** {@code deciding} when any part has that value; otherwise {@code rest} when every part is known, else unknown. */
    private static Boolean decided(Tri[] parts, boolean deciding, boolean rest) {
        boolean unknown = false;
        for (Tri t : parts) {
            if (t.value == null) {
                unknown = true;
            } else if (t.value == deciding) {
                return deciding;
            }
        }
        return unknown ? null : rest;
    }

    /** The values every part read, the first reading of a key kept. */
    private static Map<String, Object> reads(Tri[] parts) {
        Map<String, Object> read = new LinkedHashMap<>();
        for (Tri t : parts) {
            t.read.forEach(read::putIfAbsent);
        }
        return read;
    }

    /** The facts missing for the undecided parts; dropped by the constructor when the whole is decided. */
    private static List<String> absent(Tri[] parts) {
        List<String> absent = new java.util.ArrayList<>();
        for (Tri t : parts) {
            absent.addAll(t.missing);
        }
        return absent;
    }

    public Tri not() {
        return new Tri(value == null ? null : !value, read, missing);
    }

    /** The same condition, with one more value shown in the evidence (e.g. a value derived from the facts). */
    public Tri reading(String key, Object v) {
        Map<String, Object> more = new LinkedHashMap<>(read);
        more.put(key, v);
        return new Tri(value, more, missing);
    }

    public boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    public boolean isFalse() {
        return Boolean.FALSE.equals(value);
    }

    public boolean isUnknown() {
        return value == null;
    }

    /** The value as a grade writes it: true, false, or null while unknown. */
    public Boolean value() {
        return value;
    }

    /** Pointers of the absent facts that would decide it; empty once decided. */
    public List<String> missing() {
        return missing;
    }

    /** The fact values read, by evidence key, in the order read. */
    public Map<String, Object> read() {
        return read;
    }

    private static Tri of(Boolean value, Element owner, String key, Object seen) {
        Map<String, Object> read = new LinkedHashMap<>();
        read.put(FactPath.evidenceKey(key), seen);
        return new Tri(value, read, value == null ? List.of(owner.missing(key)) : List.of());
    }

    @Override
    public String toString() {
        return (value == null ? "unknown" + missing : value.toString()) + read;
    }
}
