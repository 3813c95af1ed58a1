package dev.safegrade.internal.logic;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a fact below a model element by its JSON keys, e.g. {@code automation/esdInstalled} of a unit. The model
 * binds every JSON key to a field of the same name, so the raw field tells "absent" (null) apart from an empty
 * list, which the getters hide.
 */
final class FactPath {
    private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

    private FactPath() {
    }

    /** The value at {@code key} ('/'-separated JSON keys), or null when it or a parent object is absent. */
    static Object read(Object root, String key) {
        Object at = root;
        for (String name : key.split("/")) {
            if (at == null) {
                return null;
            }
            at = get(at, name);
        }
        return at;
    }

    /** The evidence key of a fact: its JSON keys joined by dots, e.g. {@code automation.esdInstalled}. */
    static String evidenceKey(String key) {
        return key.replace('/', '.');
    }

    private static Object get(Object target, String name) {
        Field f = FIELDS.computeIfAbsent(target.getClass().getName() + "#" + name, k -> field(target.getClass(), name));
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no fact '" + name + "'");
    }
}
