package dev.safegrade.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.safegrade.FactDocument;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.facts.FactDocuments;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The fact loader on any bytes, as the CLI reads a file ({@code evaluate FILE}): it returns a document or throws
 * {@link InvalidFactsException} whose every problem is placed (a line or a JSON Pointer) and readable; never another
 * exception, never a hang. Seeds: {@code src/test/resources/dev/safegrade/fuzz/FactLoaderFuzzTestInputs/bytes/}.
 */
class FactLoaderFuzzTest {
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void bytes(byte[] input) {
        if (input.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        try {
            FactDocument doc = FactDocuments.parse(input, "fuzz.json", 1);
            assertThat(doc.subjectKind()).isIn("enterprise", "park");
            assertThat(doc.toJson()).startsWith("{");
        } catch (InvalidFactsException e) {
            FuzzChecks.readable("the exception's message", e.getMessage());
            assertThat(e.problems()).isNotEmpty();
            for (InputProblem p : e.problems()) {
                assertThat(p.source()).isEqualTo("fuzz.json");
                assertThat(p.line() > 0 || p.pointer() != null).as("placed: %s", p).isTrue();
                FuzzChecks.readable("a problem", p.describe());
                if (p.hint() != null) {
                    FuzzChecks.readable("a hint", p.hint());
                }
            }
        }
    }
}
