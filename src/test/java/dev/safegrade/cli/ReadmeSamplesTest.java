package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample reports in README.md are what the CLI prints now: each code block under "## Sample reports" that starts
 * with {@code $ java -jar target/safegrade.jar ARGS} is run in-process and must show exactly its output. To
 * regenerate them after a change: {@code mvn -q test -Dtest=ReadmeSamplesTest -Dsafegrade.bless=true}.
 */
class ReadmeSamplesTest {
    private static final Path README = Path.of("README.md");
    private static final String PROMPT = "$ java -jar target/safegrade.jar ";
    /** A fenced block whose first line is the command: group 1 the arguments, group 2 the output. */
    private static final Pattern SAMPLE = Pattern.compile("```\n" + Pattern.quote(PROMPT) + "([^\n]*)\n(.*?)```", Pattern.DOTALL);

    @Test
    void sampleReportsAreWhatTheCliPrints() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int from = readme.indexOf("\n## Sample reports\n");
        assertThat(from).as("README section \"## Sample reports\"").isPositive();
        int to = readme.indexOf("\n## ", from + 1);
        String section = readme.substring(from, to < 0 ? readme.length() : to);

        StringBuilder fresh = new StringBuilder();
        List<String> stale = new ArrayList<>();
        Matcher m = SAMPLE.matcher(section);
        int samples = 0;
        int last = 0;
        while (m.find()) {
            samples++;
            CliTest.Run run = CliTest.run(m.group(1).trim().split(" +"));
            assertThat(run.code()).as(m.group(1)).isZero();
            assertThat(run.err()).as(m.group(1)).isEmpty();
            if (!run.out().equals(m.group(2))) {
                stale.add(m.group(1));
            }
            fresh.append(section, last, m.start(2)).append(run.out());
            last = m.end(2);
        }
        fresh.append(section.substring(last));
        assertThat(samples).as("sample blocks in README.md").isGreaterThanOrEqualTo(4);
        if (Boolean.getBoolean("safegrade.bless")) {
            Files.writeString(README, readme.substring(0, from) + fresh + (to < 0 ? "" : readme.substring(to)), StandardCharsets.UTF_8);
            return;
        }
        assertThat(stale).as("README.md samples that differ from what the CLI prints "
                + "(regenerate: mvn -q test -Dtest=ReadmeSamplesTest -Dsafegrade.bless=true)").isEmpty();
    }
}
