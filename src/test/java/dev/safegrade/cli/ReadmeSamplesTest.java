package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.cases.Blessing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample reports in README.md are what the CLI prints now: each code block under "## Sample reports" that starts
 * with {@code $ java -jar target/safegrade.jar ARGS} is run in-process and must show exactly its output. A sample is
 * named {@code readme:<stem of the example file it runs>}. A new sample (a block with only the command line) gets its
 * output with {@code -Dsafegrade.bless=true}; a changed one is rewritten only when named:
 * {@code mvn -q test -Dtest=ReadmeSamplesTest -Dsafegrade.rebless=readme:hazchem-producer} (see {@link Blessing}).
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

        Blessing blessing = Blessing.fromSystemProperties();
        StringBuilder fresh = new StringBuilder();
        List<String> stale = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean rewrote = false;
        Matcher m = SAMPLE.matcher(section);
        int last = 0;
        while (m.find()) {
            String name = Blessing.README + sampleName(m.group(1));
            assertThat(names.add(name)).as("README samples are named by the example file they run; %s runs one another sample runs", name).isTrue();
            CliTest.Run run = CliTest.run(m.group(1).trim().split(" +"));
            assertThat(run.code()).as(m.group(1)).isZero();
            assertThat(run.err()).as(m.group(1)).isEmpty();
            String output = m.group(2);
            if (!run.out().equals(output)) {
                if (blessing.act(name, !output.isEmpty()) == Blessing.Act.CHECK) {
                    stale.add(name + (output.isEmpty() ? " (new: -D" + Blessing.BLESS + "=true)" : ""));
                } else {
                    output = run.out();
                    rewrote = true;
                }
            }
            fresh.append(section, last, m.start(2)).append(output);
            last = m.end(2);
        }
        fresh.append(section.substring(last));
        assertThat(names).as("sample blocks in README.md").hasSizeGreaterThanOrEqualTo(4);
        assertThat(blessing.unknown(names, true)).as("names in -D%s that are no README sample (%s)", Blessing.REBLESS, names).isEmpty();
        if (rewrote) {
            Files.writeString(README, readme.substring(0, from) + fresh + (to < 0 ? "" : readme.substring(to)), StandardCharsets.UTF_8);
        }
        assertThat(stale).as("README.md samples that differ from what the CLI prints (%s)",
                Blessing.howToRewrite("ReadmeSamplesTest", "readme:<sample>[,…]")).isEmpty();
    }

    /** The stem of the example file a sample runs: {@code evaluate examples/chemical-park.json --format text} is chemical-park. */
    static String sampleName(String args) {
        for (String arg : args.trim().split(" +")) {
            if (arg.endsWith(".json")) {
                String file = arg.substring(arg.lastIndexOf('/') + 1);
                return file.substring(0, file.length() - ".json".length());
            }
        }
        return String.join("-", args.trim().split(" +"));
    }
}
