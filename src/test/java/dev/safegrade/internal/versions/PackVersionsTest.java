package dev.safegrade.internal.versions;

import static dev.safegrade.internal.lint.TestPack.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.lint.TestPack;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioning policy: which bump each kind of change needs, and what recording a version allows. */
class PackVersionsTest {
    @TempDir
    Path root;
    Path dir;

    @BeforeEach
    void recordOneZeroZero() {
        dir = TestPack.write(root); // 1.0.0 recorded
    }

    private Pack pack() {
        return PackLoader.load(dir, root.toString());
    }

    private void version(String from, String to) {
        edit(dir, "pack.json", "\"version\": \"" + from + "\"", "\"version\": \"" + to + "\"");
    }

    @Test
    void aRecordedVersionWithItsDigestIsFineAndRecordingAgainChangesNothing() {
        assertThat(PackVersions.check(pack()).kind()).isEqualTo(PackVersions.Kind.RECORDED);
        assertThat(PackVersions.record(pack()).message()).startsWith("version 1.0.0 is recorded with digest sha256:");
        assertThat(PackVersions.read(dir, TestPack.ID)).hasSize(1);
    }

    @Test
    void wordingIsAPatch() {
        edit(dir, "pack.json", "\"en\": \"Fatal accident\"", "\"en\": \"Accident with deaths\"");
        PackVersions.Status changed = PackVersions.check(pack());
        assertThat(changed.kind()).isEqualTo(PackVersions.Kind.CHANGED_SINCE_RECORDED);
        assertThat(changed.message()).contains("(~pack.json)").contains("a patch change").contains("set \"version\" to 1.0.1");

        version("1.0.0", "1.0.1");
        assertThat(PackVersions.check(pack()).kind()).isEqualTo(PackVersions.Kind.NOT_RECORDED);
        assertThat(PackVersions.record(pack()).ok()).isTrue();
        assertThat(PackVersions.check(pack()).ok()).isTrue();
        assertThat(PackVersions.read(dir, TestPack.ID).keySet()).extracting(SemVer::toString).containsExactly("1.0.0", "1.0.1");
    }

    @Test
    void addingARuleIsMinorAndRemovingItMajor() {
        edit(dir, "pack.json", "\n      \"citations\": [ { \"source\": \"ord-493\", \"clause\": \"第三条\" } ]\n    }\n  ]", """

                      "citations": [ { "source": "ord-493", "clause": "第三条" } ]
                    },
                    {
                      "id": "TST-INJURIES",
                      "title": { "zh": "重伤事故", "en": "Accident with serious injuries" },
                      "message": { "zh": "事故 {accident} 重伤。", "en": "Accident {accident} has serious injuries." },
                      "severity": "medium",
                      "reads": ["/enterprise/accidents/*/seriousInjuries"],
                      "citations": [ { "source": "ord-493", "clause": "第三条" } ]
                    }
                  ]""");
        TestPack.write(dir, "test-pack.drl", TestPack.DRL + """

                rule "TST-INJURIES"
                when
                    $a : Accident( seriousInjuries != null, seriousInjuries > 0 )
                then
                    out.finding(drools, $a.getPath(), "accident", $a.getId());
                end
                """);
        PackVersions.Status added = PackVersions.check(pack());
        assertThat(added.message()).contains("a minor change (rules added: TST-INJURIES; DRL test-pack.drl changed with the added rules")
                .contains("set \"version\" to 1.1.0");
        version("1.0.0", "1.0.1");
        assertThat(PackVersions.check(pack()).message()).contains("version 1.0.1 is a patch bump from 1.0.0, but the changes since")
                .contains("set \"version\" to 1.1.0");
        version("1.0.1", "1.1.0");
        assertThat(PackVersions.record(pack()).ok()).isTrue();

        TestPack.write(dir, "test-pack.drl", TestPack.DRL);
        edit(dir, "pack.json", "\"id\": \"TST-INJURIES\"", "\"id\": \"TST-INJURIES-2\"");
        assertThat(PackVersions.check(pack()).message()).contains("a major change (rules removed: TST-INJURIES;")
                .contains("set \"version\" to 2.0.0");
    }

    @Test
    void whatDecidesVerdictsIsMajor() {
        edit(dir, "pack.json", "\"severity\": \"high\"", "\"severity\": \"medium\"");
        assertThat(PackVersions.check(pack()).message()).contains("a major change (rule TST-DEATHS changed (severity \"high\" -> \"medium\")");

        edit(dir, "pack.json", "\"severity\": \"medium\"", "\"severity\": \"high\"");
        edit(dir, "pack.json", "\"subjects\": [\"enterprise\"]", "\"subjects\": [\"enterprise\"], \"industries\": [\"machinery\"]");
        assertThat(PackVersions.check(pack()).message()).contains("a major change (where the pack applies changed");

        edit(dir, "pack.json", ", \"industries\": [\"machinery\"]", "");
        edit(dir, "pack.json", "\"issuer\": \"国务院\",", "\"issuer\": \"国务院\", \"effectiveFrom\": \"2007-06-01\",");
        assertThat(PackVersions.check(pack()).message()).contains("rule TST-DEATHS changed (effectiveFrom null -> \"2007-06-01\")");
    }

    @Test
    void versionsOnlyGoUp() {
        version("1.0.0", "0.9.0");
        PackVersions.Status lower = PackVersions.check(pack());
        assertThat(lower.kind()).isEqualTo(PackVersions.Kind.BUMP_TOO_SMALL);
        assertThat(lower.message()).contains("below the first recorded version 1.0.0");
        assertThat(PackVersions.record(pack()).ok()).isFalse();

        version("0.9.0", "1.0.1");
        assertThat(PackVersions.check(pack()).kind()).as("a bump without a change may be recorded").isEqualTo(PackVersions.Kind.NOT_RECORDED);
    }

    @Test
    void semanticVersionsOrderAndBump() {
        assertThat(SemVer.parse("1.2.3").next(Bump.MAJOR)).hasToString("2.0.0");
        assertThat(SemVer.parse("1.2.3").next(Bump.MINOR)).hasToString("1.3.0");
        assertThat(SemVer.parse("1.2.3").next(Bump.PATCH)).hasToString("1.2.4");
        assertThat(SemVer.parse("1.2.0-rc.1")).isLessThan(SemVer.parse("1.2.0"));
        assertThat(SemVer.parse("1.10.0")).isGreaterThan(SemVer.parse("1.9.9"));
        assertThat(SemVer.parse("1.2.3").bumpFrom(SemVer.parse("1.2.0"))).isEqualTo(Bump.PATCH);
        assertThat(SemVer.parse("01.2.3")).isNull();
    }
}
