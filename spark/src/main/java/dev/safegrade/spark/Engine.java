package dev.safegrade.spark;

import dev.safegrade.SafeGrade;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link SafeGrade} per executor JVM and configuration, built on first use and shared by the tasks that run there
 * (a {@code SafeGrade} is thread-safe; building it, which loads the packs' KieBase, is the expensive part).
 *
 * @param asOf    the date the rules apply for instead of each document's asOf, or null
 * @param profile the profile overriding each document's, or null
 * @param packs   only these packs (empty: all)
 * @param packDir a folder of packs to load besides the shipped ones (it must be readable on every executor), or null
 * @param strict  a rule left without the facts it needs makes the document invalid
 */
public record Engine(LocalDate asOf, String profile, List<String> packs, String packDir, boolean strict) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<Engine, SafeGrade> BUILT = new ConcurrentHashMap<>();
    private static final Map<Engine, Long> BUILD_NANOS = new ConcurrentHashMap<>();

    public Engine {
        packs = List.copyOf(packs);
    }

    /** The engine of this configuration in this JVM, built by the first task that asks. */
    public SafeGrade get() {
        return BUILT.computeIfAbsent(this, Engine::build);
    }

    /** How long building this configuration's engine took in this JVM, in milliseconds (-1 when not built here). */
    public long buildMillis() {
        Long nanos = BUILD_NANOS.get(this);
        return nanos == null ? -1 : nanos / 1_000_000;
    }

    private static SafeGrade build(Engine e) {
        long start = System.nanoTime();
        SafeGrade.Builder b = SafeGrade.builder().strict(e.strict);
        if (e.asOf != null) {
            b.asOf(e.asOf);
        }
        if (e.profile != null) {
            b.profile(e.profile);
        }
        if (e.packDir != null) {
            b.packDirectory(Path.of(e.packDir)).trustPacks(); // the job's options require --trust-packs with --packs
        }
        if (!e.packs.isEmpty()) {
            b.packs(e.packs.toArray(String[]::new));
        }
        SafeGrade built = b.build();
        BUILD_NANOS.put(e, System.nanoTime() - start);
        return built;
    }
}
