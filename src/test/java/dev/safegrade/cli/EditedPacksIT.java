package dev.safegrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's edited copy of the packs, evaluated in a batch by the packaged jar (#17 item 10): the edited pack is
 * compiled from DRL at start, and a constraint with an operator such as {@code str[startsWith] $x} made Drools 10.2.0's
 * constraint JIT throw NoSuchMethodError (EvaluatorHelper.initOperators) after 20 evaluations.
 */
class EditedPacksIT {
    @Test
    void aBatchWithAnEditedPackEvaluatesEveryLine(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        copy(Path.of("rules"), rules);
        Path drl = rules.resolve("accident-grading/accident-grading.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("package ", "// edited by a rule author\npackage ")
                + "\n// a helper rule with an operator Drools evaluates through an EvaluatorWrapper\n"
                + "rule \"probe str\"\nwhen\n    Context( $p : profile )\n    GradeThreshold( table str[startsWith] $p )\nthen\nend\n");

        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> cases = Files.walk(Path.of("rules"))) {
            for (Path f : cases.filter(p -> p.toString().endsWith(".facts.json")).sorted().toList()) {
                ObjectNode doc = (ObjectNode) json.readTree(f.toFile());
                if (doc.path("park").isObject()) {
                    ((ObjectNode) doc.get("park")).remove("members"); // a batch line stands alone
                }
                lines.add(json.writeValueAsString(doc));
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(50);
        Path in = tmp.resolve("docs.ndjson");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("reports.ndjson");

        File err = tmp.resolve("err").toFile();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("safegrade.jar", "target/safegrade.jar"), "evaluate", "--batch", "--trust-packs", "--packs", rules.toString(),
                in.toString(), "-o", out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err).start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
        assertThat(stderr).doesNotContain("NoSuchMethodError").doesNotContain("Exception");
        assertThat(p.exitValue()).as(stderr).isZero();
        List<String> reports = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(reports).hasSize(lines.size()).allSatisfy(r -> assertThat(r).startsWith("{\"reportVersion\":1"));
        assertThat(reports).anySatisfy(r -> assertThat(r).contains("ACC-493-"));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
