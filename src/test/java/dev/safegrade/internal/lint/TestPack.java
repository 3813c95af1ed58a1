package dev.safegrade.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.cases.GoldenCases;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.report.ReportJson;
import dev.safegrade.internal.versions.PackVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small pack that passes every lint check, written into a test's folder so each test can break it in one
 * way: one rule (TST-DEATHS: an accident with deaths), a fatal and a harmless golden case, version 1.0.0
 * recorded.
 */
public final class TestPack {
    public static final String ID = "test-pack";

    public static final String MANIFEST = """
            {
              "id": "test-pack",
              "version": "1.0.0",
              "title": { "zh": "测试包", "en": "Test pack" },
              "description": { "zh": "用于测试的规则包。", "en": "A pack for tests." },
              "appliesTo": { "subjects": ["enterprise"] },
              "sources": [
                {
                  "id": "ord-493",
                  "document": "生产安全事故报告和调查处理条例",
                  "docNumber": "国务院令第493号",
                  "issuer": "国务院",
                  "confidence": "confirmed",
                  "reference": "shared/domain/standardization.md §3"
                }
              ],
              "drl": ["test-pack.drl"],
              "tables": [],
              "rules": [
                {
                  "id": "TST-DEATHS",
                  "title": { "zh": "死亡事故", "en": "Fatal accident" },
                  "message": { "zh": "事故 {accident} 死亡 {deaths} 人。", "en": "Accident {accident}: {deaths} deaths." },
                  "severity": "high",
                  "reads": ["/enterprise/accidents/*/deaths"],
                  "citations": [ { "source": "ord-493", "clause": "第三条" } ]
                }
              ],
              "coverage": { "minRuleShare": 1.0 }
            }
            """;

    public static final String DRL = """
            package safegrade.test_pack;

            import dev.safegrade.internal.model.Accident;

            global dev.safegrade.internal.engine.Outcome out;

            // Any death makes the accident fatal.
            rule "TST-DEATHS"
            when
                $a : Accident( deaths != null, deaths > 0 )
            then
                out.finding(drools, $a.getPath(), "accident", $a.getId(), "deaths", $a.getDeaths());
            end
            """;

    public static final String FACTS = """
            {
              "factsVersion": 1,
              "asOf": "2026-06-30",
              "enterprise": {
                "id": "91610131MA6TG1C432",
                "name": "西安示例机械制造有限公司",
                "region": "610131",
                "industry": "machinery",
                "accidents": [ { "id": "A1", "date": "2024-05-01", "deaths": %d } ]
              }
            }
            """;

    private TestPack() {
    }

    /** Writes the pack into {@code root/test-pack}, blesses its cases and records its version; returns the pack folder. */
    public static Path write(Path root) {
        Path dir = root.resolve(ID);
        write(dir, "pack.json", MANIFEST);
        write(dir, "test-pack.drl", DRL);
        write(dir, "cases/fatal.facts.json", FACTS.formatted(1));
        write(dir, "cases/harmless.facts.json", FACTS.formatted(0));
        bless(dir);
        assertThat(PackVersions.record(PackLoader.load(dir, root.toString())).ok()).isTrue();
        return dir;
    }

    /** Writes each case's expected file from what the pack now does. */
    public static void bless(Path dir) {
        Pack pack = PackLoader.load(dir, dir.toString());
        for (Path facts : GoldenCases.caseFiles(dir)) {
            String name = facts.getFileName().toString().replace(GoldenCases.FACTS_SUFFIX, "");
            write(dir, "cases/" + name + GoldenCases.EXPECTED_SUFFIX, ReportJson.pretty(GoldenCases.outcome(pack, facts)));
        }
    }

    public static void write(Path dir, String file, String text) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the pack folder {@code from} at {@code to}, for a test that edits a shipped pack. */
    public static Path copyOf(Path from, Path to) {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Replaces the one occurrence of {@code from} in a file of the pack. */
    public static void edit(Path dir, String file, String from, String to) {
        try {
            String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            assertThat(text).as("%s holds %s", file, from).contains(from);
            Files.writeString(dir.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line where {@code text} first occurs in a file of the pack. */
    public static int lineOf(Path dir, String file, String text) {
        try {
            String content = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            int at = content.indexOf(text);
            assertThat(at).as("%s holds %s", file, text).isNotNegative();
            return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lints the pack folders under {@code root}, with {@code others} as the packs they are evaluated beside. */
    static List<LintProblem> lint(Path root, List<Pack> others) {
        return Lint.run(PackLoader.packFolders(root), root.toString(), others);
    }

    static List<LintProblem> lint(Path root) {
        return lint(root, List.of());
    }

    /** The problems of one check. */
    static List<LintProblem> of(List<LintProblem> problems, String check) {
        return problems.stream().filter(p -> p.check().equals(check)).toList();
    }
}
