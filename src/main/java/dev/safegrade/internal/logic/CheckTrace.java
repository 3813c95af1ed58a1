package dev.safegrade.internal.logic;

/**
 * How {@code explain} learns where a criteria item did not apply. Rules match only reportable checks, so a check
 * whose item does not apply never reaches a consequence; while this thread traces, every check counts as
 * reportable and so reaches its rule's {@code out.check}, which hands it to the trace by rule id (what is reported
 * does not change: only checks that fire or are undecided are). Evaluation never traces.
 */
public final class CheckTrace {
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private CheckTrace() {
    }

    /** Runs {@code work} (a session's {@code fireAllRules}) with tracing on for this thread. */
    public static void run(Runnable work) {
        ACTIVE.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            ACTIVE.remove();
        }
    }

    static boolean active() {
        return ACTIVE.get() != null;
    }
}
