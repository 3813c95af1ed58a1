package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One line must not sink the batch (issue 17, item 5). */
class OrderedBatchTest {
    @Test
    void aLineThatFailsBecomesItsErrorRecordAndTheRestGoOn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (OrderedBatch batch = new OrderedBatch(2, new PrintStream(bytes, false, StandardCharsets.UTF_8))) {
            for (int i = 1; i <= 5; i++) {
                int n = i;
                batch.submit("b.ndjson", n, () -> {
                    if (n == 2) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    if (n == 3) {
                        throw new IllegalStateException("a bug");
                    }
                    if (n == 4) { // e.g. a pack's code meeting a class it was not compiled against
                        throw new NoSuchMethodError("x.y()");
                    }
                    return new OrderedBatch.Line("{\"line\":" + n + "}", ExitCode.OK);
                });
            }
            code = batch.finish(new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        String[] out = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(out).hasSize(5);
        assertThat(out[0]).isEqualTo("{\"line\":1}");
        assertThat(out[1]).startsWith("{\"errorVersion\":1,\"input\":{\"source\":\"b.ndjson\",\"line\":2},\"errors\":[")
                .contains("\"message\":\"b.ndjson:2: internal error while evaluating this line: OutOfMemoryError: Java heap space\"");
        assertThat(out[2]).contains("IllegalStateException: a bug");
        assertThat(out[3]).contains("NoSuchMethodError: x.y()");
        assertThat(out[4]).isEqualTo("{\"line\":5}");
        assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: 3 of 5 lines could not be evaluated (their error records say why); first: b.ndjson:2: internal error while evaluating this line: OutOfMemoryError: Java heap space\n");
    }
}
