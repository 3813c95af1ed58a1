package dev.safegrade.internal.logic;

import dev.safegrade.internal.model.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of one criteria item on one subject (a unit, a person, the enterprise …): the item applies when its
 * applicability holds, and fires when any of its named situations is present. Three-valued throughout: an item
 * that applies (or may apply) and that no present situation decides, while some fact is absent, is undecided and
 * names the missing facts. A rule reports it with {@code out.check(drools, check)}.
 */
public final class Check {
    private final String path;
    private final Map<String, Object> about = new LinkedHashMap<>();
    private Tri applies = Tri.known(true);
    private final Map<String, Tri> situations = new LinkedHashMap<>();

    private Check(String path) {
        this.path = path;
    }

    /** A check about {@code subject}; its findings point at it. */
    public static Check of(Element subject) {
        return new Check(subject.getPath());
    }

    /** A check whose findings point at {@code path}. */
    public static Check at(String path) {
        return new Check(path);
    }

    /** An identifying value shown first in the evidence, e.g. the unit's id. */
    public Check about(String key, Object value) {
        about.put(key, value);
        return this;
    }

    /** The item applies only when this also holds (conditions accumulate). */
    public Check appliesWhen(Tri condition) {
        applies = Tri.allOf(applies, condition);
        return this;
    }

    /** A situation the item describes; {@code id} is named in the evidence when it is present. */
    public Check situation(String id, Tri present) {
        situations.put(id, present);
        return this;
    }

    private Tri whole() {
        return Tri.allOf(applies, Tri.anyOf(situations.values().toArray(Tri[]::new)));
    }

    /** The item applies and a situation is present. */
    public boolean isFires() {
        return whole().isTrue();
    }

    /** Neither fires nor is excluded: some absent fact would decide it. */
    public boolean isUndecided() {
        return whole().isUnknown();
    }

    /** Fires or is undecided: either way the report says something. While {@link CheckTrace tracing}, always. */
    public boolean isReportable() {
        return !whole().isFalse() || CheckTrace.active();
    }

    /** Whether the item applies here, with the facts its applicability read: false when a condition of it does not hold. */
    public Tri applicability() {
        return applies;
    }

    public String getPath() {
        return path;
    }

    /** Ids of the situations present, in the order declared. */
    public List<String> getPresent() {
        List<String> ids = new ArrayList<>();
        situations.forEach((id, t) -> {
            if (t.isTrue()) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Pointers of the facts that would decide an undecided item. */
    public List<String> getMissing() {
        return whole().missing();
    }

    /** Evidence as key, value pairs: the identifying values, every fact read, then {@code decidedBy}: the situations present. */
    public Object[] evidence() {
        Map<String, Object> ev = new LinkedHashMap<>(about);
        whole().read().forEach(ev::putIfAbsent);
        ev.put("decidedBy", getPresent());
        List<Object> kv = new ArrayList<>();
        ev.forEach((k, v) -> {
            kv.add(k);
            kv.add(v);
        });
        return kv.toArray();
    }

    @Override
    public String toString() {
        return path + " " + whole();
    }
}
