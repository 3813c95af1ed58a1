package dev.safegrade.internal.engine;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;

/** The one fact every session holds: the date the rules are applied for and the profile. Never the wall clock. */
@ClassReactive
public final class Context {
    private final LocalDate asOf;
    private final String profile;

    public Context(LocalDate asOf, String profile) {
        this.asOf = asOf;
        this.profile = profile;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getProfile() {
        return profile;
    }
}
