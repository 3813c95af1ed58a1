package dev.safegrade.internal.cases;

import static dev.safegrade.internal.cases.Blessing.Act.ADD;
import static dev.safegrade.internal.cases.Blessing.Act.CHECK;
import static dev.safegrade.internal.cases.Blessing.Act.REWRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Blessing adds what is new and rewrites only what is named. */
class BlessingTest {
    @Test
    void blessAddsNewCasesAndNeverRewritesAnExistingOne() {
        Blessing b = Blessing.of("true", null);
        assertThat(b.act("four-colour/new-case", false)).isEqualTo(ADD);
        assertThat(b.act("four-colour/old-case", true)).isEqualTo(CHECK);
        assertThat(b.act("readme:hazchem-producer", true)).isEqualTo(CHECK);
        assertThat(b.act("readme:new-sample", false)).isEqualTo(ADD);
    }

    @Test
    void withoutBlessNothingIsWritten() {
        Blessing b = Blessing.of(null, null);
        assertThat(b.act("four-colour/new-case", false)).isEqualTo(CHECK);
        assertThat(b.act("four-colour/old-case", true)).isEqualTo(CHECK);
        assertThat(Blessing.of("false", "").act("four-colour/new-case", false)).isEqualTo(CHECK);
    }

    @Test
    void reblessRewritesExactlyTheCasesItNames() {
        Blessing b = Blessing.of(null, " four-colour/old-case , readme:hazchem-producer");
        assertThat(b.act("four-colour/old-case", true)).isEqualTo(REWRITE);
        assertThat(b.act("readme:hazchem-producer", true)).isEqualTo(REWRITE);
        assertThat(b.act("four-colour/other-case", true)).as("not named").isEqualTo(CHECK);
        assertThat(b.act("four-colour/old", true)).as("a name is matched whole").isEqualTo(CHECK);
        assertThat(b.act("four-colour", true)).as("not a whole pack").isEqualTo(CHECK);
        assertThat(b.act("four-colour/new-case", false)).as("new, without bless").isEqualTo(CHECK);
    }

    @Test
    void aReblessNameThatIsNoCaseIsTold() {
        Blessing b = Blessing.of(null, "four-colour/old-case,four-colour/old-cas,readme:hazchem,readme:hazchem-producer");
        assertThat(b.unknown(List.of("four-colour/old-case"), false)).containsExactly("four-colour/old-cas");
        assertThat(b.unknown(List.of("readme:hazchem-producer"), true)).containsExactly("readme:hazchem");
    }
}
