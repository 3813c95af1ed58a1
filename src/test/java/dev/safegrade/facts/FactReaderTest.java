package dev.safegrade.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.safegrade.FactDocument;
import dev.safegrade.InputProblem;
import dev.safegrade.InvalidFactsException;
import dev.safegrade.internal.facts.FactDocuments;
import dev.safegrade.internal.facts.FactReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a fact document can be wrong gives a problem with its place, what was expected and what was found. */
class FactReaderTest {
    static final String VALID_ID = "91610131MA6TG1C432";

    static String enterprise(String extra) {
        return "{\n  \"factsVersion\": 1,\n  \"asOf\": \"2026-06-30\",\n  \"enterprise\": {\n    \"id\": \"" + VALID_ID
                + "\",\n    \"name\": \"测试企业\",\n    \"industry\": \"machinery\"" + extra + "\n  }\n}\n";
    }

    static List<InputProblem> problems(String json) {
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> FactDocument.parse(json, "t.json"));
        assertThat(e).as("expected the document to be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void acceptsAValidDocument() {
        FactDocument d = FactDocument.parse(enterprise(""), "t.json");
        assertThat(d.subjectKind()).isEqualTo("enterprise");
        assertThat(d.asOf()).hasValueSatisfying(a -> assertThat(a).hasToString("2026-06-30"));
        assertThat(d.digest()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void theWarmUpDocumentStaysValid() {
        // The CLI reads it on another core at start; an invalid one would be swallowed there and only cost time.
        assertThatCode(FactReader::warmUp).doesNotThrowAnyException();
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        List<InputProblem> p = problems("{\n  \"factsVersion\": 1\n  \"asOf\": \"2026-06-30\"\n}");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isEqualTo(3);
            assertThat(x.expected()).contains("comma");
            assertThat(x.describe()).startsWith("t.json:3:3: ");
        });
    }

    @Test
    void syntaxErrorsAreToldInPlainWordsWithoutJacksonsInternals() {
        List<String> broken = List.of("{\"factsVersion\":", "{", "[", "{\"a\":[1,2", "{\"a\" 1}", "{a:1}", "{'a':1}", "{\"a\":1 \"b\":2}",
                "{\"a\":}", "{\"a\":1]", "[1}", "{\"a\":tru}", "{\"a\":\"x\ny\"}", "{\"a\":\"\\q\"}", "{\"a\":01}", "{\"a\":1,}",
                "{\"a\":1} x", "{\"a\":\"abc", "{\"a\":-}", "{\"a\":1.}", "{\"a\":1e}", "// c\n{}", "{\"a\":[1,]}", "}", "{\"a\":+1}",
                "{\"a\":.5}", "{\"a\":-Infinity}", "{\"a\":\"\u0001\"}");
        for (String json : broken) {
            assertThat(problems(json)).as(json).singleElement().satisfies(x -> {
                assertThat(x.line()).as(json).isPositive();
                assertThat(x.expected() + " " + x.found() + " " + x.hint()).as(json)
                        .doesNotContain("[Source:", "`", "(code ", "Exception", "JsonReadFeature", "Feature", "VALUE_", "marker", "was expecting");
            });
        }
        assertThat(problems("{\n  \"a\": [1,\n   {\"b\":")).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("the rest of the document and '}' closing the object opened at line 3, column 4");
            assertThat(x.found()).isEqualTo("the end of the input");
        });
        assertThat(problems("{\"a\":1]")).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("'}' closing the object opened at line 1, column 1");
            assertThat(x.found()).isEqualTo("']'");
        });
    }

    @Test
    void trailingContentNanAndDuplicateKeysAreRejected() {
        assertThat(problems(enterprise("") + "{}")).singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("the end of the input after the document"));
        assertThat(problems(enterprise(",\n    \"employees\": NaN"))).singleElement()
                .satisfies(x -> {
                    assertThat(x.expected()).contains("JSON number");
                    assertThat(x.line()).isEqualTo(8);
                });
        assertThat(problems(enterprise(",\n    \"name\": \"again\""))).singleElement()
                .satisfies(x -> {
                    assertThat(x.expected()).isEqualTo("each key once per object");
                    assertThat(x.found()).contains("'name'");
                    assertThat(x.pointer()).isEqualTo("/enterprise/name");
                });
    }

    @Test
    void numbersBeyondADoubleAreRejected() {
        assertThat(problems(enterprise(",\n    \"employees\": 1e400"))).anySatisfy(x -> {
            assertThat(x.pointer()).isEqualTo("/enterprise/employees");
            assertThat(x.expected()).isEqualTo("a number within the range of a double");
        });
    }

    @Test
    void schemaViolationsNameThePointerAndPlace() {
        assertThat(problems(enterprise(",\n    \"colour\": \"RED\""))).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/enterprise/colour");
            assertThat(x.found()).isEqualTo("the unknown key \"colour\"");
            assertThat(x.line()).isEqualTo(8);
            assertThat(x.column()).isEqualTo(5);
        });
        assertThat(problems(enterprise(",\n    \"industry2\": 1").replace("\"machinery\"", "\"mining\""))).anySatisfy(x -> {
            assertThat(x.pointer()).isEqualTo("/enterprise/industry");
            assertThat(x.found()).isEqualTo("\"mining\"");
            assertThat(x.expected()).startsWith("one of [");
        });
        assertThat(problems(enterprise(",\n    \"riskPoints\": [{\"id\": \"R1\", \"assessment\": {\"method\": \"LEC\", \"L\": 4, \"E\": 6, \"C\": 7}}]")))
                .singleElement().satisfies(x -> {
                    assertThat(x.pointer()).isEqualTo("/enterprise/riskPoints/0/assessment/L");
                    assertThat(x.found()).isEqualTo("4");
                    assertThat(x.expected()).contains("0.5");
                });
    }

    @Test
    void badCreditCodeCheckCharacterSaysWhichIsRight() {
        String json = enterprise("").replace(VALID_ID, "91610131MA6TG1C439");
        assertThat(problems(json)).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/enterprise/id");
            assertThat(x.expected()).contains("'2'");
            assertThat(x.found()).contains("'9'");
            assertThat(x.line()).isEqualTo(5);
        });
    }

    @Test
    void datesThatDoNotExistAreRejectedOnce() {
        assertThat(problems(enterprise("").replace("2026-06-30", "2026-02-29"))).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/asOf");
            assertThat(x.expected()).isEqualTo("a date that exists");
        });
    }

    @Test
    void repeatedIdsDanglingUnitsAndDatesOutOfOrder() {
        assertThat(problems(enterprise(",\n    \"accidents\": [{\"id\": \"A\", \"date\": \"2020-01-01\"}, {\"id\": \"A\", \"date\": \"2021-01-01\"}]")))
                .singleElement().satisfies(x -> {
                    assertThat(x.pointer()).isEqualTo("/enterprise/accidents/1/id");
                    assertThat(x.found()).contains("/enterprise/accidents/0");
                });
        assertThat(problems(enterprise(",\n    \"units\": [{\"id\": \"U1\", \"kind\": \"workshop\"}],\n"
                + "    \"riskPoints\": [{\"id\": \"R1\", \"unit\": \"U9\"}]"))).singleElement().satisfies(x -> {
                    assertThat(x.pointer()).isEqualTo("/enterprise/riskPoints/0/unit");
                    assertThat(x.expected()).contains("U1");
                });
        assertThat(problems(enterprise(",\n    \"hazards\": [{\"id\": \"H1\", \"grade\": \"general\", \"foundOn\": \"2026-03-01\", \"rectifiedOn\": \"2026-02-01\"}]")))
                .singleElement().satisfies(x -> assertThat(x.pointer()).isEqualTo("/enterprise/hazards/0/rectifiedOn"));
        assertThat(problems(enterprise(",\n    \"standardization\": {\"grade\": 2, \"awardedOn\": \"2024-01-15\", \"validUntil\": \"2024-01-14\","
                + " \"revokedOn\": \"2024-01-15\"}"))).singleElement().satisfies(x -> {
                    assertThat(x.pointer()).isEqualTo("/enterprise/standardization/validUntil");
                    assertThat(x.expected()).contains("on or after awardedOn (2024-01-15)");
                });
        String cover = ",\n    \"employees\": 420,\n    \"insurance\": {\"safetyLiability\": {\"insured\": true, \"coversAllEmployees\": %s,"
                + " \"employeesCovered\": %d}}";
        assertThat(problems(enterprise(cover.formatted("true", 419)))).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/enterprise/insurance/safetyLiability/employeesCovered");
            assertThat(x.expected()).contains("(420)");
            assertThat(x.found()).isEqualTo("419");
        });
        assertThat(FactDocument.parse(enterprise(cover.formatted("true", 420)), "t.json")).isNotNull();
        assertThat(FactDocument.parse(enterprise(cover.formatted("false", 380)), "t.json")).isNotNull();
    }

    @Test
    void envelopeProblemsAreClear() {
        assertThat(problems("{\"factsVersion\": 2}")).anySatisfy(x -> {
            assertThat(x.pointer()).isEqualTo("/factsVersion");
            assertThat(x.found()).isEqualTo("2");
        });
        assertThat(problems("{\"factsVersion\": 1}")).singleElement()
                .satisfies(x -> assertThat(x.found()).isEqualTo("neither"));
        assertThat(problems("[]")).singleElement().satisfies(x -> assertThat(x.found()).isEqualTo("array"));
        assertThat(problems("")).singleElement().satisfies(x -> assertThat(x.found()).isEqualTo("no content"));
    }

    @Test
    void ndjsonLinesReportTheirOwnLineNumber() {
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class,
                () -> FactDocuments.parse("{\"factsVersion\": 3}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "b.ndjson", 41));
        assertThat(e.problems()).anySatisfy(x -> assertThat(x.line()).isEqualTo(41));
    }

    /** Which step refused a document is told by kind(), the problems staying as they were. */
    @Test
    void eachFailureSaysItsKind() {
        assertThat(kind(() -> FactDocument.parse(java.nio.file.Path.of("no-such-facts.json")))).isEqualTo(InvalidFactsException.Kind.UNREADABLE);
        assertThat(kind(() -> FactDocuments.parse(
                "{\"factsVersion\": 1, \"enterprise\": {\"name\": \"西安示例机械制造有限公司\"}}".getBytes(java.nio.charset.Charset.forName("GBK")), "gbk.json", 1)))
                .isEqualTo(InvalidFactsException.Kind.NOT_UTF8);
        assertThat(kind(() -> FactDocument.parse("{\"factsVersion\":", "t.json"))).isEqualTo(InvalidFactsException.Kind.NOT_JSON);
        assertThat(kind(() -> FactDocument.parse("", "t.json"))).isEqualTo(InvalidFactsException.Kind.NOT_JSON);
        assertThat(kind(() -> FactDocument.parse("{\"factsVersion\": 3}", "t.json"))).isEqualTo(InvalidFactsException.Kind.NOT_FACTS_V1);
    }

    private static InvalidFactsException.Kind kind(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse) {
        return catchThrowableOfType(InvalidFactsException.class, parse).kind();
    }
}
