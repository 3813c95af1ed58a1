package dev.safegrade.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.safegrade.PackException;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The pack loader on a pack folder whose manifest ({@link #manifest}) or table ({@link #table}) is fuzzed, the other
 * files being accident-grading's: the pack loads and its tables become facts, or it fails with a {@link PackException}
 * whose message names the pack and is readable; never another exception. The DRL is read, not compiled (the compiler
 * is Drools', and slow). Seeds: {@code src/test/resources/dev/safegrade/fuzz/PackLoaderFuzzTestInputs/<method>/}.
 */
class PackLoaderFuzzTest {
    private static final Path SHIPPED = Path.of("rules/accident-grading");

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void manifest(byte[] input) throws IOException {
        if (input.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        Path dir = Folders.MANIFEST;
        Files.write(dir.resolve("pack.json"), input);
        load(dir);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void table(byte[] input) throws IOException {
        if (input.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        Path dir = Folders.TABLE;
        Files.write(dir.resolve("tables/accident-grades.json"), input);
        load(dir);
    }

    /** Loads the pack and turns its tables into facts, as building a SafeGrade does. */
    private static void load(Path dir) {
        try {
            Pack pack = PackLoader.load(dir, "fuzz");
            assertThat(pack.id()).isEqualTo("accident-grading");
            pack.tables().forEach((file, table) -> Tables.facts(pack.id(), file, table));
        } catch (PackException e) {
            assertThat(e.getMessage()).startsWith("pack ");
            FuzzChecks.readable("the pack error", e.getMessage());
        }
    }

    private static void delete(Path tree) {
        try (var paths = Files.walk(tree)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans it up in the end
        }
    }

    /** One copy of the shipped pack per fuzzed file, in a folder of the pack's name (the loader checks the id against it). */
    private static final class Folders {
        static final Path MANIFEST = copy();
        static final Path TABLE = copy();

        private static Path copy() {
            try {
                Path dir = Files.createDirectories(Files.createTempDirectory("safegrade-fuzz").resolve("accident-grading"));
                Files.createDirectories(dir.resolve("tables"));
                for (String file : new String[] {"pack.json", "accident-grading.drl", "tables/accident-grades.json"}) {
                    Files.copy(SHIPPED.resolve(file), dir.resolve(file));
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir.getParent())));
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
