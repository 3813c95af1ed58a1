package dev.safegrade.internal.cases;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a test whose expectations are files (golden cases' {@code expected.json}, README sample blocks) may write:
 * <ul>
 * <li>{@code -Dsafegrade.bless=true} writes the expectation of each NEW case, one that has none yet (no expected
 * file; a README sample block with the command and no output). It never touches an existing expectation.</li>
 * <li>{@code -Dsafegrade.rebless=NAME[,NAME…]} rewrites the expectation of these cases, and only of them, when
 * they fail: {@code <pack>/<case>} for a golden case ({@code major-hazard-chem/tank-farm}), {@code readme:<sample>}
 * for a README sample (the name of the example file it runs, {@code readme:hazchem-producer}). A name that is no
 * case fails the run, so that a typo does not pass for a rewrite.</li>
 * </ul>
 * Every other failing case fails the test: a changed outcome is a decision taken case by case, after reading it.
 */
public final class Blessing {
    public static final String BLESS = "safegrade.bless";
    public static final String REBLESS = "safegrade.rebless";
    /** The prefix of README sample names. */
    public static final String README = "readme:";

    /** What to do with one case. */
    public enum Act {
        /** Compare with the expectation: a difference fails. */
        CHECK,
        /** Write the expectation the case has not had. */
        ADD,
        /** Write the expectation again, replacing the one it has (named in safegrade.rebless). */
        REWRITE
    }

    private final boolean addNew;
    private final Set<String> rewrite;

    private Blessing(boolean addNew, Set<String> rewrite) {
        this.addNew = addNew;
        this.rewrite = rewrite;
    }

    /** From the system properties {@value #BLESS} and {@value #REBLESS}. */
    public static Blessing fromSystemProperties() {
        return of(System.getProperty(BLESS), System.getProperty(REBLESS));
    }

    /** @param bless "true" to add new expectations; @param rebless comma-separated case names, or null */
    public static Blessing of(String bless, String rebless) {
        Set<String> names = new LinkedHashSet<>();
        if (rebless != null) {
            Arrays.stream(rebless.split(",")).map(String::trim).filter(n -> !n.isEmpty()).forEach(names::add);
        }
        return new Blessing(Boolean.parseBoolean(bless), Set.copyOf(names));
    }

    /** @param hasExpectation whether the case has an expectation already (an expected file, a sample's output) */
    public Act act(String name, boolean hasExpectation) {
        if (!hasExpectation) {
            return addNew || rewrite.contains(name) ? Act.ADD : Act.CHECK;
        }
        return rewrite.contains(name) ? Act.REWRITE : Act.CHECK;
    }

    /** The names to rewrite, of the kind the caller runs (README samples or not), that are none of {@code known}. */
    public Set<String> unknown(Collection<String> known, boolean readme) {
        Set<String> unknown = new TreeSet<>();
        for (String name : rewrite) {
            if (name.startsWith(README) == readme && !known.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** How to rewrite this case's expectation, for a failure message. */
    public static String howToRewrite(String test, String name) {
        return "if the new outcome is right, rewrite it with: mvn -q test -Dtest=" + test + " -D" + REBLESS + "=" + name;
    }
}
