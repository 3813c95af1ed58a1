package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged target/safegrade.jar run as a separate process, as users run it. */
class CliProcessIT {
    record Run(int code, String out, String err) {
    }

    static Run java(Path tmp, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("safegrade.jar", "target/safegrade.jar")));
        cmd.addAll(List.of(args));
        File out = tmp.resolve("out-" + System.nanoTime()).toFile();
        File err = tmp.resolve("err-" + System.nanoTime()).toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void evaluateTwiceGivesByteIdenticalReport(@TempDir Path tmp) throws Exception {
        Run a = java(tmp, "evaluate", "examples/hazchem-producer.json");
        Run b = java(tmp, "evaluate", "examples/hazchem-producer.json");
        assertThat(a.code()).isZero();
        assertThat(a.err()).isEmpty();
        assertThat(a.out()).contains("\"reportVersion\": 1").isEqualTo(b.out());
    }

    @Test
    void theLauncherWithItsClassDataArchiveGivesTheSameReport(@TempDir Path tmp) throws Exception {
        assertThat(Path.of("target/safegrade.jsa")).as("the build makes the archive").exists();
        Process p = new ProcessBuilder("bin/safegrade", "evaluate", "examples/hazchem-producer.json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).isEqualTo(java(tmp, "evaluate", "examples/hazchem-producer.json").out());
    }

    @Test
    void invalidInputExitsTwoWithoutStackTrace(@TempDir Path tmp) throws Exception {
        Run r = java(tmp, "evaluate", "examples/invalid/bad-uscc.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("/enterprise/id").doesNotContain("Exception");
    }

    @Test
    void batchFromStdinKeepsEveryLine(@TempDir Path tmp) throws Exception {
        Path in = Path.of("examples/batch-small.ndjson");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("safegrade.jar", "target/safegrade.jar"), "evaluate", "--batch", "-");
        Process p = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out.lines().count()).isEqualTo(Files.readAllLines(in).size());
    }

    @Test
    void theAuthorsCommandsWorkOnThePacksInsideTheJar(@TempDir Path tmp) throws Exception {
        Run lint = java(tmp, "packs", "lint");
        assertThat(lint.err()).isEmpty();
        assertThat(lint.code()).isZero();
        Run test = java(tmp, "packs", "test", "--coverage");
        assertThat(test.code()).isZero();
        assertThat(test.out()).containsPattern("(?m)^(\\d+) cases: \\1 passed, 0 failed$");
        assertThat(java(tmp, "packs", "doc", "--output", "docs/rules", "--check").code()).as("jar packs give the committed pages").isZero();
    }
}
