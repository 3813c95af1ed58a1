package dev.safegrade.internal.versions;

import dev.safegrade.internal.packs.PackSchema;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version {@code x.y.z[-pre]}; a pre-release sorts before its release. */
public record SemVer(int major, int minor, int patch, String preRelease) implements Comparable<SemVer> {
    /** The form pack.json's {@code version} has, defined once in the pack schema: groups major, minor, patch, pre-release. */
    private static final Pattern FORM = PackSchema.pattern("SemVer");
    private static final Comparator<SemVer> ORDER = Comparator.comparingInt(SemVer::major).thenComparingInt(SemVer::minor)
            .thenComparingInt(SemVer::patch)
            .thenComparing(SemVer::preRelease, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The version, or null when {@code text} is not one. */
    public static SemVer parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return null;
        }
        return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
    }

    /** The next release after this one with the given bump. */
    public SemVer next(Bump bump) {
        return switch (bump) {
            case MAJOR -> new SemVer(major + 1, 0, 0, null);
            case MINOR -> new SemVer(major, minor + 1, 0, null);
            case PATCH -> new SemVer(major, minor, patch + 1, null);
        };
    }

    /** The bump that leads from {@code earlier} to this version (which is later). */
    public Bump bumpFrom(SemVer earlier) {
        if (major != earlier.major) {
            return Bump.MAJOR;
        }
        return minor != earlier.minor ? Bump.MINOR : Bump.PATCH;
    }

    @Override
    public int compareTo(SemVer o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
    }
}
