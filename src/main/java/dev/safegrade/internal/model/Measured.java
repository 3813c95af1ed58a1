package dev.safegrade.internal.model;

/** An element whose named numeric measures a threshold table can compare; null means "not known". */
public interface Measured {
    Double measure(String name);

    /** JSON Pointer of the measure's key, for {@code notEvaluated}. */
    String missing(String name);
}
