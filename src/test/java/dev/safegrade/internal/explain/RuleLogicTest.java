package dev.safegrade.internal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rule's logic is the rule and the DRL functions it calls, transitively, with the project's Java they call. */
class RuleLogicTest {
    private static Map<String, Pack> packs;

    @BeforeAll
    static void load() {
        packs = PackLoader.fromDirectory(Path.of("rules")).stream().collect(Collectors.toMap(Pack::id, Function.identity()));
    }

    private static List<String> names(List<RuleLogic.DrlFunction> functions) {
        return functions.stream().map(RuleLogic.DrlFunction::name).toList();
    }

    @Test
    void aCriteriaItemShowsTheFunctionItCallsAndTheJavaThatFunctionCalls() {
        RuleLogic logic = RuleLogic.of(packs.get("major-hazard-chem"), "MHC-CHEM-2017-05");
        assertThat(logic.drlRules()).extracting(RuleLogic.DrlRule::name).containsExactly("MHC-CHEM-2017-05");
        assertThat(names(logic.functions())).containsExactly("item05");
        RuleLogic.DrlFunction item05 = logic.functions().get(0);
        assertThat(item05.text()).startsWith("// The level comes from GB 18218").contains("function Check item05(", "tankFarm/independentSis")
                .endsWith("}\n");
        assertThat(item05.file()).isEqualTo("major-hazard-chem.drl");
        // firstLine..lastLine span the function itself; the text also carries the comment above it
        String function = item05.text().substring(item05.text().indexOf("function Check item05("));
        assertThat(item05.lastLine() - item05.firstLine()).isEqualTo(function.split("\n").length - 1);
        assertThat(logic.javaCalls()).extracting(RuleLogic.JavaCall::name)
                .containsExactly("Check.of", "MajorHazardAssessment.of", "Tri.isFalse", "Tri.allOf", "Tri.containsAny");
        assertThat(logic.javaCalls().get(2).type()).isEqualTo("dev.safegrade.internal.logic.Tri");
        assertThat(logic.javaCalls().get(2).summary()).isEqualTo("The boolean fact at key below owner is false.");
    }

    @Test
    void functionsAreFollowedTransitivelyDepthFirstEachOnce() {
        // item01 calls producesOrTrades; the helper rule's principalNotListed calls it again and Items.principalNotListed.
        RuleLogic logic = RuleLogic.of(packs.get("major-hazard-chem"), "MHC-CHEM-2017-01");
        assertThat(logic.drlRules()).extracting(RuleLogic.DrlRule::name)
                .containsExactly("MHC-CHEM-2017-01", "mhc-chem-2017-01 principal not listed");
        assertThat(names(logic.functions())).containsExactly("item01", "producesOrTrades", "principalNotListed");
        assertThat(logic.javaCalls()).extracting(RuleLogic.JavaCall::name)
                .contains("Items.lacksValidCertificate", "Items.principalNotListed", "Tri.containsAny");
        assertThat(logic.javaCalls()).filteredOn(c -> c.name().equals("Items.lacksValidCertificate")).singleElement()
                .extracting(RuleLogic.JavaCall::summary).asString().startsWith("No certificate of kind valid on asOf");
    }

    @Test
    void aFourColourRuleShowsTheFunctionItsConsequenceCalls() {
        RuleLogic logic = RuleLogic.of(packs.get("four-colour"), "RISK-POINT-DIRECT-1");
        assertThat(logic.drlRules()).extracting(RuleLogic.DrlRule::name).first().isEqualTo("RISK-POINT-DIRECT-1");
        assertThat(names(logic.functions())).containsExactly("overridden");
        assertThat(logic.functions().get(0).file()).isEqualTo("direct-determination.drl");
    }

    @Test
    void callsInCommentsAndStringsAreNotCalls() {
        String drl = """
                package p;
                import dev.safegrade.internal.logic.Tri;
                function boolean a() { return b(); }
                function boolean b() { return true; }
                function boolean c() { return true; }
                // c() is not called here
                rule "R"
                when
                    eval( a() )
                then
                    System.out.println("c() Tri.isTrue(x)");
                end
                """;
        assertThat(RuleLogic.functions("x.drl", drl)).extracting(RuleLogic.DrlFunction::name).containsExactly("a", "b", "c");
        assertThat(RuleLogic.code("x(\"c()\") // d()\ne('\\'f()')")).isEqualTo("x(     )       \ne(       )");
        assertThat(RuleLogic.rules("x.drl", drl)).singleElement().satisfies(r -> {
            assertThat(r.firstLine()).isEqualTo(7);
            assertThat(r.lastLine()).isEqualTo(12);
            assertThat(r.text()).startsWith("// c() is not called here\nrule \"R\"");
        });
    }

    @Test
    void summariesAreFirstSentencesWithInlineTagsAsText() {
        assertThat(JavaSummaries.firstSentence("* The number at {@code key} is greater than {@code bound} (e.g. \"more than one\").\n"
                + " * More.\n * @param key a key")).isEqualTo("The number at key is greater than bound (e.g. \"more than one\").");
    }
}
