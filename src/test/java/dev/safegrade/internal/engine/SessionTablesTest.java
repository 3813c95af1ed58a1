package dev.safegrade.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safegrade.PackException;
import dev.safegrade.internal.lint.TestPack;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table ids are one namespace: a table two packs ship is in a session once, and only with the same rows. */
class SessionTablesTest {
    private static final Path RULES = Path.of("rules");

    @Test
    void aTableTwoPacksShipIsInsertedOnce() {
        Pack fourColour = PackLoader.load(RULES.resolve("four-colour"), "test");
        Pack chem = PackLoader.load(RULES.resolve("major-hazard-chem"), "test");
        SessionTables tables = new SessionTables(List.of(fourColour, chem));

        // The chem pack's three GB 18218 tables are four-colour's too (same rows, their own source and note).
        assertThat(tables.factsFor(Set.of("four-colour", "major-hazard-chem"))).hasSameElementsAs(tables.factsFor(Set.of("four-colour")))
                .hasSameSizeAs(tables.factsFor(Set.of("four-colour")));
        assertThat(tables.factsFor(Set.of("major-hazard-chem"))).isNotEmpty()
                .allMatch(f -> tables.factsFor(Set.of("four-colour")).contains(f));
    }

    @Test
    void twoPacksMayNotShipOneTableIdWithOtherRows(@TempDir Path dir) throws IOException {
        TestPack.copyOf(RULES.resolve("four-colour"), dir.resolve("four-colour"));
        TestPack.copyOf(RULES.resolve("major-hazard-chem"), dir.resolve("major-hazard-chem"));
        Path levels = dir.resolve("major-hazard-chem/tables/gb18218-levels.json");
        Files.writeString(levels, Files.readString(levels).replace("\"atLeast\": 100", "\"atLeast\": 99"));

        List<Pack> packs = List.of(PackLoader.load(dir.resolve("four-colour"), "test"), PackLoader.load(dir.resolve("major-hazard-chem"), "test"));
        assertThatThrownBy(() -> new SessionTables(packs)).isInstanceOf(PackException.class)
                .hasMessageContaining("gb18218-levels").hasMessageContaining("four-colour");
    }
}
