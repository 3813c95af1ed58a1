package dev.safegrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safegrade.internal.json.PointerOrder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SafeGradeTest {
    static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();
    static final Path EXAMPLE = Path.of("examples/hazchem-producer.json");

    @Test
    void sameInputGivesByteIdenticalJson() {
        String a = SAFE_GRADE.evaluate(EXAMPLE).toJson();
        String b = SafeGrade.builder().build().evaluate(EXAMPLE).toJson();
        assertThat(a).isEqualTo(b).contains("\"reportVersion\": 1");
    }

    @Test
    void findingsAndNotEvaluatedAreInReportOrderWithPathsInNaturalOrder() {
        Report r = SAFE_GRADE.evaluate(EXAMPLE);
        assertThat(r.findings()).isSortedAccordingTo(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(Finding::path, PointerOrder.NATURAL));
        assertThat(r.notEvaluated()).isSortedAccordingTo(Comparator.comparing(NotEvaluated::ruleId)
                .thenComparing(NotEvaluated::path, PointerOrder.NATURAL));
        // index 4 before index 10, not as text ("10" < "4")
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("RISK-POINT-LEC") && f.color() == RiskColor.BLUE).map(Finding::path))
                .containsExactly("/enterprise/riskPoints/4", "/enterprise/riskPoints/8", "/enterprise/riskPoints/9", "/enterprise/riskPoints/10");
    }

    @Test
    void anAsOfOutsideTheYearsAReportCanWriteIsRefused() {
        for (LocalDate day : List.of(LocalDate.of(10000, 1, 1), LocalDate.of(0, 12, 31), LocalDate.of(-1, 1, 1))) {
            assertThatThrownBy(() -> SafeGrade.builder().asOf(day)).as(day.toString()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0001-9999");
        }
        assertThat(SafeGrade.builder().asOf(LocalDate.of(9999, 12, 31))).isNotNull();
        assertThat(SafeGrade.builder().asOf(LocalDate.of(1, 1, 1))).isNotNull();
    }

    @Test
    void asOfOverrideAndMissingAsOf() {
        String noAsOf = "{\"factsVersion\":1,\"enterprise\":{\"id\":\"91610131MA6TG1C432\",\"name\":\"x\",\"industry\":\"machinery\"}}";
        FactDocument d = FactDocument.parse(noAsOf, "n.json");
        assertThatThrownBy(() -> SAFE_GRADE.evaluate(d)).isInstanceOfSatisfying(InvalidFactsException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(InvalidFactsException.Kind.NOT_EVALUABLE);
                    assertThat(e.problems().get(0).pointer()).isEqualTo("/asOf");
                });
        Report r = SafeGrade.builder().asOf(LocalDate.of(2025, 1, 2)).build().evaluate(d);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(r.profile()).isEqualTo("national");
    }

    @Test
    void unknownProfileOrPackIsRejected() {
        assertThatThrownBy(() -> SafeGrade.builder().profile("atlantis").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atlantis");
        assertThatThrownBy(() -> SafeGrade.builder().packs("no-such-pack").build()).hasMessageContaining("no-such-pack");
        String doc = "{\"factsVersion\":1,\"asOf\":\"2026-01-01\",\"profile\":\"atlantis\",\"enterprise\":{\"id\":\"91610131MA6TG1C432\",\"name\":\"x\",\"industry\":\"machinery\"}}";
        assertThatThrownBy(() -> SAFE_GRADE.evaluate(FactDocument.parse(doc, "p.json"))).isInstanceOfSatisfying(InvalidFactsException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(InvalidFactsException.Kind.NOT_EVALUABLE);
                    assertThat(e.problems().get(0).pointer()).isEqualTo("/profile");
                });
    }

    @Test
    void chosenPacksOfWhichNoneAppliesRefuseTheDocumentAndNameThePacksThatWould() {
        SafeGrade parkOnly = SafeGrade.builder().packs("park-risk").build();
        assertThatThrownBy(() -> parkOnly.evaluate(EXAMPLE)).isInstanceOfSatisfying(InvalidFactsException.class, e -> {
            assertThat(e.kind()).isEqualTo(InvalidFactsException.Kind.NOT_EVALUABLE);
            InputProblem p = e.problems().get(0);
            assertThat(p.pointer()).isEqualTo("/enterprise");
            assertThat(p.expected()).contains("park-risk applies to parks");
            assertThat(p.found()).isEqualTo("an enterprise in the industry hazardous-chemicals, to which none of them applies");
            assertThat(p.hint()).isEqualTo("the packs that apply to it: accident-grading, commitment, four-colour, hazard-register, insurance, major-hazard-chem, severe-dishonesty, standardization");
        });
        // A park evaluated with park packs: its member enterprises are evaluated with none, and that is no error.
        assertThat(parkOnly.evaluatePark(Path.of("examples/chemical-park.json")).grades()).containsKeys("parkRisk", "parkMembers");
    }

    @Test
    void strictModeTurnsMissingFactsIntoInputErrors() {
        String doc = "{\"factsVersion\":1,\"asOf\":\"2026-01-01\",\"enterprise\":{\"id\":\"91610131MA6TG1C432\",\"name\":\"x\",\"industry\":\"machinery\","
                + "\"accidents\":[{\"id\":\"A\",\"date\":\"2025-01-01\",\"deaths\":0}]}}";
        FactDocument d = FactDocument.parse(doc, "s.json");
        assertThat(SAFE_GRADE.evaluate(d).notEvaluated()).isNotEmpty();
        assertThatThrownBy(() -> SafeGrade.builder().strict(true).build().evaluate(d)).isInstanceOfSatisfying(InvalidFactsException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(InvalidFactsException.Kind.INCOMPLETE);
                    assertThat(e.problems()).extracting(InputProblem::pointer).contains("/enterprise/accidents/0/seriousInjuries");
                });
    }

    @Test
    void evaluationIsThreadSafe() throws Exception {
        String expected = SAFE_GRADE.evaluate(EXAMPLE).toJson();
        FactDocument doc = FactDocument.parse(EXAMPLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> SAFE_GRADE.evaluate(doc).toJson()));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reportIsImmutable() {
        Report r = SAFE_GRADE.evaluate(EXAMPLE);
        assertThatThrownBy(() -> r.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.grades().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.findings().get(0).evidence().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noDroolsOrInternalTypeInThePublicApi() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : List.of(SafeGrade.class, SafeGrade.Builder.class, FactDocument.class, Report.class, Finding.class,
                Citation.class, NotEvaluated.class, NotInForce.class, InputProblem.class, InvalidFactsException.class,
                PackException.class, PackInfo.class, Subject.class, InputRef.class, Text.class)) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                types.add(m.getGenericReturnType());
                for (Type t : types) {
                    String n = t.getTypeName();
                    if (n.contains("org.kie") || n.contains("org.drools") || n.contains(".internal.")) {
                        leaks.add(c.getSimpleName() + "." + m.getName() + ": " + n);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
