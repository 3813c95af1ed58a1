package dev.safegrade.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.docs.RuleDocs;
import dev.safegrade.internal.lint.TestPack;
import dev.safegrade.internal.packs.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule reference in docs/rules is what the packs give now: the suite (which CI runs) fails when a pack
 * changed and its pages were not regenerated. To regenerate: {@code java -jar target/safegrade.jar packs doc rules
 * --output docs/rules}, or {@code mvn -q test -Dtest=RuleDocsTest -Dsafegrade.bless=true}.
 */
class RuleDocsTest {
    private static final Path RULES = Path.of("rules");
    private static final Path DOCS = Path.of("docs/rules");

    @Test
    void committedRulePagesAreUpToDate(@TempDir Path tmp) throws IOException {
        Map<String, String> pages = RuleDocs.generate(PackLoader.fromDirectory(RULES), true);
        if (Boolean.getBoolean("safegrade.bless")) {
            RuleDocs.write(DOCS, pages);
        }
        RuleDocs.write(tmp, pages);
        Map<String, byte[]> fresh = files(tmp);
        Map<String, byte[]> committed = files(DOCS);
        assertThat(committed.keySet()).as("pages in docs/rules (stale: run `safegrade packs doc rules --output docs/rules`)")
                .isEqualTo(fresh.keySet());
        fresh.forEach((page, bytes) -> assertThat(committed.get(page))
                .as("docs/rules/%s is stale: run `safegrade packs doc rules --output docs/rules`", page).isEqualTo(bytes));
    }

    @Test
    void aRulePageShowsWhatItChecksReadsCitesAndBothKindsOfExample() {
        String page = RuleDocs.generate(PackLoader.fromDirectory(RULES), false).get("accident-grading/ACC-493-LARGE.md");
        assertThat(page).contains("# ACC-493-LARGE — 较大事故 / Large accident", "## What it checks",
                "`tables/accident-grades.json` (`accident-493`) `/rows/2`", "DRL rule `accident grade`",
                "| `/enterprise/accidents/*/deaths` | Deaths — ", "| 生产安全事故报告和调查处理条例 | 国务院令第493号 | 第三条 |  | confirmed |",
                "### It fires: `deaths-boundaries`, `/enterprise/accidents/2`", "/enterprise/accidents/2/deaths = 3",
                "### It does not fire: `deaths-boundaries`, `/enterprise/accidents/0`", "reported instead: ACC-493-GENERAL");
    }

    @Test
    void writingRemovesThePagesOfRulesThatAreGone(@TempDir Path tmp) throws IOException {
        Path packs = tmp.resolve("packs");
        TestPack.write(packs);
        Path out = tmp.resolve("docs");
        Files.createDirectories(out.resolve(TestPack.ID));
        Files.writeString(out.resolve(TestPack.ID + "/TST-REMOVED.md"), "old page");
        RuleDocs.write(out, RuleDocs.generate(PackLoader.fromDirectory(packs), true));
        assertThat(files(out).keySet()).containsExactly("README.md", "test-pack/README.md", "test-pack/TST-DEATHS.md");
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
