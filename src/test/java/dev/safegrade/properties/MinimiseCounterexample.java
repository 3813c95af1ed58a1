package dev.safegrade.properties;

import java.util.List;
import java.util.function.Function;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * Reports a falsified property: after QuickTheories has shrunk the failing value, minimises the document in it
 * once (that costs hundreds of evaluations, too many to spend on every shrinking step) and fails with the
 * minimal document. Used with {@code qt().withReporter(...)}.
 */
final class MinimiseCounterexample<T> implements Reporter {
    private final Function<T, String> minimised;

    /** @param minimised what fails for the shrunk value, with a minimal document (see {@link Minimiser#report}) */
    MinimiseCounterexample(Function<T, String> minimised) {
        this.minimised = minimised;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause, List<Object> others, AsString<Object> asString) {
        String found = "falsified after " + examplesUsed + " example(s), seed " + seed + ", shrunk to: " + asString.asString(smallest);
        AssertionError failure;
        try {
            @SuppressWarnings("unchecked")
            T value = (T) smallest;
            failure = new AssertionError(found + "\n" + minimised.apply(value), cause);
        } catch (RuntimeException e) {
            // The property failed otherwise than by a violation (an exception): report it as it came.
            failure = new AssertionError(found, cause);
            failure.addSuppressed(e);
        }
        throw failure;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> others, AsString<Object> asString) {
        falisification(seed, examplesUsed, smallest, null, others, asString);
    }

    @Override
    public void valuesExhausted(int examplesUsed) {
        throw new AssertionError("gave up after " + examplesUsed + " example(s)");
    }
}
