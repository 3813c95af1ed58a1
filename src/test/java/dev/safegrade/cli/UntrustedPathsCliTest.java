package dev.safegrade.cli;

import static dev.safegrade.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 11: paths that come from input ({@code park.members[].facts}) and from packs ({@code drl}, {@code tables},
 * rule ids that name {@code packs doc}'s pages) stay inside their folder, name regular files of bounded size, and no
 * error ever shows what such a file holds.
 */
class UntrustedPathsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "TOKEN=s3cr3t-4f9a";

    /** A park in {@code tmp/park/} whose members are {@code facts}, the real members copied beside it. */
    private static Path park(Path tmp, String... facts) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("park"));
        Files.copy(Path.of("examples/hazchem-producer.json"), dir.resolve("member.json"));
        ObjectNode doc = (ObjectNode) JSON.readTree(Path.of("examples/chemical-park.json").toFile());
        ArrayNode members = ((ObjectNode) doc.path("park")).putArray("members");
        for (String f : facts) {
            members.addObject().put("facts", f);
        }
        Path file = dir.resolve("park.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        return file;
    }

    private static boolean mkfifo(Path at) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", at.toString()).start().waitFor() == 0 && Files.exists(at);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void memberFilesStayInTheParkFolderAndAreNeverEchoed(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("outside.json"), SECRET + "\n");
        Path file = park(tmp, "member.json", "/etc/passwd", "../outside.json", "link.json", "sub", "fifo", "big.json", "inside.txt", "nul\u0000.json");
        Path dir = file.getParent();
        Files.createSymbolicLink(dir.resolve("link.json"), tmp.resolve("outside.json"));
        Files.createDirectories(dir.resolve("sub"));
        assumeTrue(mkfifo(dir.resolve("fifo")), "mkfifo");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.json").toFile(), "rw")) {
            big.setLength(64L * 1024 * 1024 + 1); // sparse: refused by its size, never read
        }
        Files.writeString(dir.resolve("inside.txt"), SECRET + "\n");

        for (String command : new String[] {"validate", "evaluate"}) {
            CliTest.Run r = run(command, file.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).doesNotContain(SECRET).doesNotContain("s3cr3t").doesNotContain("root:")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            String err = r.err();
            assertThat(err).contains("/park/members/1/facts: expected a fact file inside " + dir + ", found an absolute path /etc/passwd");
            assertThat(err).contains("/park/members/2/facts: expected a fact file inside " + dir + ", found a path leaving the folder (../outside.json)");
            assertThat(err).contains("/park/members/3/facts: expected a fact file inside " + dir + ", found a link to a file outside the folder (link.json)");
            assertThat(err).contains("/park/members/4/facts: expected a readable, valid fact file of a member enterprise, found " + dir.resolve("sub")
                    + ": a folder, not a file");
            assertThat(err).contains("/park/members/5/facts: expected a readable, valid fact file of a member enterprise, found " + dir.resolve("fifo")
                    + ": a special file (FIFO, device or socket), not a regular file");
            assertThat(err).contains("/park/members/6/facts: expected a readable, valid fact file of a member enterprise, found " + dir.resolve("big.json")
                    + ": a file larger than 64 MiB");
            assertThat(err).contains("/park/members/7/facts: expected a readable, valid fact file of a member enterprise, found " + dir.resolve("inside.txt")
                    + ":1:1: not valid JSON");
            assertThat(err).doesNotContain("/park/members/0/");
            assertThat(err).contains("/park/members/8/facts: expected a readable, valid fact file of a member enterprise, found ");
        }
    }

    @Test
    void membersRootWidensTheFolderAndNothingMore(@TempDir Path tmp) throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Files.copy(Path.of("examples/park-members/hengtai-storage.json"), shared.resolve("hengtai.json"));
        Path file = park(tmp, "member.json", "../shared/hengtai.json");
        CliTest.Run confined = run("evaluate", file.toString());
        assertThat(confined.code()).isEqualTo(2);
        assertThat(confined.err()).contains("found a path leaving the folder (../shared/hengtai.json)");

        CliTest.Run widened = run("evaluate", "--members-root", tmp.toString(), file.toString());
        assertThat(widened.err()).isEmpty();
        assertThat(widened.code()).isZero();
        assertThat(JSON.readTree(widened.out()).at("/grades/parkMembers").isMissingNode()).isFalse();
        assertThat(run("validate", "--members-root", tmp.toString(), file.toString()).code()).isZero();

        // The wider root is still a bound: a file beyond it is refused.
        Path beyond = park(Files.createDirectories(tmp.resolve("inner")), "member.json", "../../shared/hengtai.json");
        CliTest.Run outside = run("evaluate", "--members-root", tmp.resolve("inner").toString(), beyond.toString());
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err()).contains("expected a fact file inside " + tmp.resolve("inner") + ", found a path leaving the folder (../../shared/hengtai.json)");
    }

    @Test
    void aParkLineOfABatchIsConfinedToo(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("outside.json"), SECRET + "\n");
        Path file = park(tmp, "member.json", "../outside.json");
        Path batch = file.getParent().resolve("parks.ndjson");
        Files.writeString(batch, JSON.readTree(file.toFile()).toString() + "\n");
        CliTest.Run r = run("evaluate", "--batch", batch.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("s3cr3t").contains("a path leaving the folder (../outside.json)");
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("s3cr3t");
    }

    /** A copy of the accident-grading pack (manifest, DRL, table) in {@code tmp/packs/accident-grading/}. */
    private static Path pack(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("packs/accident-grading"));
        Path from = Path.of("rules/accident-grading");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return dir;
    }

    private static void manifest(Path pack, String key, List<String> files) throws IOException {
        ObjectNode m = (ObjectNode) JSON.readTree(pack.resolve("pack.json").toFile());
        ArrayNode a = m.putArray(key);
        files.forEach(a::add);
        Files.writeString(pack.resolve("pack.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m));
    }

    private static CliTest.Run packsDoc(Path pack, Path out) {
        return run("packs", "doc", pack.toString(), "--output", out.toString());
    }

    @Test
    void packFilesStayInThePackFolder(@TempDir Path tmp) throws Exception {
        Path pack = pack(tmp);
        Files.writeString(tmp.resolve("outside.drl"), SECRET + "\n");
        Files.writeString(tmp.resolve("outside.json"), SECRET + "\n");
        Path out = tmp.resolve("docs");
        String[][] probes = {
                {"drl", "/etc/passwd", "/etc/passwd"}, // the schema refuses it first
                {"drl", "../../outside.drl", "expected a file inside the pack folder, found a path leaving the folder (../../outside.drl)"},
                {"tables", "../../outside.json", "expected a file inside the pack folder, found a path leaving the folder (../../outside.json)"},
                {"drl", "link.drl", "expected a file inside the pack folder, found a link to a file outside the folder (link.drl)"},
                {"tables", "dir.json", "cannot read the file: a folder, not a file"},
                {"tables", "fifo.json", "cannot read the file: a special file (FIFO, device or socket), not a regular file"},
                {"drl", "big.drl", "cannot read the file: a file larger than 4 MiB"},
                {"tables", "secret.json", "expected a JSON table, found text that is not valid JSON at line 1, column 1"},
        };
        Files.createSymbolicLink(pack.resolve("link.drl"), tmp.resolve("outside.drl"));
        Files.createDirectories(pack.resolve("dir.json"));
        assumeTrue(mkfifo(pack.resolve("fifo.json")), "mkfifo");
        try (RandomAccessFile big = new RandomAccessFile(pack.resolve("big.drl").toFile(), "rw")) {
            big.setLength(4L * 1024 * 1024 + 1);
        }
        Files.writeString(pack.resolve("secret.json"), SECRET + "\n");
        byte[] original = Files.readAllBytes(pack.resolve("pack.json"));
        for (String[] probe : probes) {
            Files.write(pack.resolve("pack.json"), original);
            if (probe[0].equals("drl")) {
                manifest(pack, "drl", List.of("accident-grading.drl", probe[1]));
            } else {
                manifest(pack, "tables", List.of("tables/accident-grades.json", probe[1]));
            }
            CliTest.Run r = packsDoc(pack, out);
            assertThat(r.code()).as(probe[1]).isEqualTo(2);
            assertThat(r.err()).as(probe[1]).startsWith("error: ").contains(probe[2].equals(probe[1]) ? probe[1] : probe[1] + ": " + probe[2])
                    .doesNotContain("s3cr3t").doesNotContain("TOKEN").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().lines()).as(probe[1]).hasSize(1);
        }
        Files.write(pack.resolve("pack.json"), original);
        assertThat(packsDoc(pack, out).code()).isZero();
    }

    @Test
    void aRuleIdCannotNameAPageOutsideTheOutput(@TempDir Path tmp) throws Exception {
        Path pack = pack(tmp);
        Path out = Files.createDirectories(tmp.resolve("a/b/docs"));
        String text = Files.readString(pack.resolve("pack.json"), StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("pack.json"), text.replace("\"ACC-493-ESPECIALLY-MAJOR\"", "\"../../../x\""), StandardCharsets.UTF_8);
        CliTest.Run r = packsDoc(pack, out);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("rule id \"../../../x\"").contains("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");
        try (Stream<Path> written = Files.walk(tmp)) {
            assertThat(written.filter(f -> f.getFileName().toString().startsWith("x.md"))).isEmpty();
        }
        assertThat(run("evaluate", "--packs", pack.toString(), "examples/hazchem-producer.json").code()).isEqualTo(2);
    }
}
