package dev.safegrade.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.Finding;
import dev.safegrade.InputRef;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.RuleInfo;
import dev.safegrade.Severity;
import dev.safegrade.Subject;
import dev.safegrade.Text;
import dev.safegrade.format.SarifFormatTest.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** JUnit XML: every suite valid against Surefire's XSD, one test case per applicable rule, counts that add up. */
class JunitFormatTest {
    private static final Schema SUREFIRE = surefireSchema();

    @TestFactory
    Stream<DynamicTest> everyExampleIsOneValidSuiteWithATestCasePerRule() {
        return SarifFormatTest.examples().stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Run run = SarifFormatTest.evaluate(Language.ZH, f);
            Document doc = parse(render(run));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuite");
            validate(doc.getDocumentElement());
            check(doc.getDocumentElement(), run.reports().get(0), Language.ZH);
        }));
    }

    @Test
    void severalSubjectsAreSuitesInsideTestsuitesEachValid() throws Exception {
        Run run = SarifFormatTest.evaluate(Language.EN, SarifFormatTest.examples().toArray(Path[]::new));
        Element root = parse(render(run)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<Element> suites = children(root, "testsuite");
        assertThat(suites).hasSize(run.reports().size());
        int tests = 0;
        int failures = 0;
        for (int i = 0; i < suites.size(); i++) {
            validate(suites.get(i));
            check(suites.get(i), run.reports().get(i), Language.EN);
            tests += Integer.parseInt(suites.get(i).getAttribute("tests"));
            failures += Integer.parseInt(suites.get(i).getAttribute("failures"));
        }
        assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    }

    @Test
    void aFailureGivesMessageSeverityPathEvidenceAndCitations() throws Exception {
        Run run = SarifFormatTest.evaluate(Language.EN, Path.of("examples/metal-smelter.json"));
        Element suite = parse(render(run)).getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("陕西渭北示例铝业有限公司 (91610131MA6TG1C432)");
        Element overdue = testcase(suite, "HAZ-REG-OVERDUE");
        assertThat(overdue.getAttribute("classname")).isEqualTo("hazard-register");
        assertThat(overdue.getAttribute("name")).isEqualTo("HAZ-REG-OVERDUE Major accident hazard open past its deadline");
        Element failure = children(overdue, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("high");
        assertThat(failure.getAttribute("message")).startsWith("Register entry H2025-07");
        assertThat(failure.getTextContent()).startsWith("/enterprise/hazards/0 [high] Register entry H2025-07")
                .contains("evidence: hazard=H2025-07").contains("《中华人民共和国安全生产法》 2021年修正 第四十一条 [secondary]");
        Report r = run.reports().get(0);
        NotInForce old = r.notInForce().get(0);
        assertThat(children(testcase(suite, old.ruleId()), "skipped").get(0).getAttribute("message")).startsWith("not in force on 2026-06-30");
        // a pack's rules for other industries are not this subject's test cases; its other rules that drew nothing passed
        assertThat(suite.getTextContent()).doesNotContain("CHEM-DIAG-2018-ITEM");
        assertThat(children(suite, "testcase").stream().map(e -> e.getAttribute("name"))).anyMatch(n -> n.startsWith("ACC-493-MAJOR "));
        assertThat(children(testcase(suite, "ACC-493-MAJOR"), "failure")).isEmpty();

        Element park = parse(render(SarifFormatTest.evaluate(Language.ZH, Path.of("examples/chemical-park.json")))).getDocumentElement();
        Element skipped = children(testcase(park, "PARK-RISK-2023"), "skipped").get(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("missing: /park/checklist");
        assertThat(skipped.getTextContent()).isEqualTo("在 /park/checklist 缺少 /park/checklist");
    }

    @Test
    void charactersXmlForbidsAreDroppedAndTheFileStaysValid() throws Exception {
        Citation c = new Citation("条例\u0007", "令第1号", "第三条", null, Confidence.UNCONFIRMED);
        Finding f = new Finding("R-1", "p", Severity.MEDIUM, null, new Text("标题\u0001", "title\u0001"),
                new Text("消息\u0000\u001b[31m\uFFFE\uD800。", "message\u0000\u001b[31m\uFFFE\uD800."), "/enterprise/x",
                Map.of("v", "a\u0002b"), List.of(c));
        PackInfo pack = new PackInfo("p", "1.0.0", new Text("包", "pack"), "sha256:0", List.of(),
                List.of(new RuleInfo("R-1", new Text("标题\u0001", "title\u0001"), Severity.MEDIUM, List.of(c)),
                        new RuleInfo("R-2", new Text("二", "two"), Severity.LOW, List.of(c))));
        Report r = new Report("0", new Subject("enterprise", "91610131MA6TG1C432", "公司\u0003\tA"), LocalDate.of(2026, 1, 1), "national",
                List.of(pack), new InputRef("x\u0004.json", "sha256:0"), Map.of(), List.of(f), List.of(),
                List.of(new NotEvaluated("R-2", "p", "/enterprise", List.of("/enterprise/\u0005y"))), List.of(), List.of());
        String xml = render(new Run(List.of(r), RenderContext.of(Language.ZH)));
        assertThat(xml).doesNotContain("\u0000", "\u0001", "\u0002", "\u0003", "\u0004", "\u0005", "\u0007", "\u001b", "\uFFFE", "\uD800");
        Element suite = parse(xml).getDocumentElement();
        validate(suite);
        assertThat(suite.getAttribute("name")).isEqualTo("公司 A (91610131MA6TG1C432)"); // a tab in an attribute reads as a space
        Element failure = children(testcase(suite, "R-1"), "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("消息[31m。");
        assertThat(failure.getTextContent()).contains("v=ab").contains("《条例》 令第1号 第三条 [unconfirmed]");
        assertThat(children(testcase(suite, "R-2"), "skipped").get(0).getAttribute("message")).isEqualTo("missing: /enterprise/y");
        assertThat(JunitFormat.clean("a\uD83D\uDE00b\r\n")).isEqualTo("a\uD83D\uDE00b\r\n"); // a pair and the allowed controls stay
    }

    @Test
    void theXsdCheckCanFail() throws Exception {
        Document doc = parse("<testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\"><testcase name=\"a\"/></testsuite>");
        assertThatThrownBy(() -> validate(doc.getDocumentElement())).isInstanceOf(SAXException.class).hasMessageContaining("time");
    }

    /** The suite against the report: a case per rule the report names and per applicable rule, with the right outcome. */
    @Test
    void aWaivedRuleIsSkippedWithItsWaiver() throws Exception {
        SafeGrade waiving = SafeGrade.builder().waivers(dev.safegrade.Waivers.parse(Path.of("examples/waivers/metal-smelter.waivers.json")))
                .build();
        Report r = waiving.evaluate(Path.of("examples/metal-smelter.json"));
        Element suite = parse(render(new Run(List.of(r), RenderContext.of(Language.EN)))).getDocumentElement();
        validate(suite);
        Element skipped = children(testcase(suite, "OBL-SLI-03"), "skipped").get(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("waived: 市应急局〔2026〕12号");
        assertThat(skipped.getTextContent()).contains("waived by 王某", "2026-04-01 – 2026-09-30");
        assertThat(children(testcase(suite, "OBL-COM-SX-02"), "failure")).as("its waiver expired").hasSize(1);
    }

    private static void check(Element suite, Report r, Language lang) {
        List<Element> cases = children(suite, "testcase");
        Set<String> ids = new HashSet<>();
        for (Element c : cases) {
            assertThat(ids.add(c.getAttribute("name").split(" ")[0])).as("one case per rule").isTrue();
        }
        Set<String> expected = new HashSet<>();
        r.packs().forEach(p -> p.rules().forEach(rule -> expected.add(rule.id())));
        r.findings().forEach(f -> expected.add(f.ruleId()));
        r.notEvaluated().forEach(n -> expected.add(n.ruleId()));
        r.notInForce().forEach(n -> expected.add(n.ruleId()));
        assertThat(ids).isEqualTo(expected);

        Set<String> failing = new HashSet<>();
        r.findings().forEach(f -> failing.add(f.ruleId()));
        Set<String> skipped = new HashSet<>();
        r.notEvaluated().forEach(n -> skipped.add(n.ruleId()));
        r.notInForce().forEach(n -> skipped.add(n.ruleId()));
        skipped.removeAll(failing);
        assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
        assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failing.size()));
        assertThat(suite.getAttribute("skipped")).isEqualTo(Integer.toString(skipped.size()));
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        for (Element c : cases) {
            String id = c.getAttribute("name").split(" ")[0];
            List<Element> failures = children(c, "failure");
            List<Element> skips = children(c, "skipped");
            assertThat(failures).hasSize(failing.contains(id) ? 1 : 0);
            assertThat(skips).hasSize(skipped.contains(id) ? 1 : 0);
            if (failing.contains(id)) {
                Severity worst = r.findings().stream().filter(f -> f.ruleId().equals(id)).map(Finding::severity).min(Enum::compareTo).orElseThrow();
                assertThat(failures.get(0).getAttribute("type")).isEqualTo(worst.id());
                r.findings().stream().filter(f -> f.ruleId().equals(id))
                        .forEach(f -> assertThat(failures.get(0).getTextContent()).contains(f.path() + " [").contains(f.message().in(lang)));
            }
            r.notEvaluated().stream().filter(n -> n.ruleId().equals(id) && !failing.contains(id))
                    .forEach(n -> assertThat(skips.get(0).getAttribute("message")).startsWith("missing: ").contains(n.missing()));
        }
    }

    private static Element testcase(Element suite, String ruleId) {
        return children(suite, "testcase").stream().filter(e -> e.getAttribute("name").split(" ")[0].equals(ruleId)).findFirst().orElseThrow();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Validates one suite element on its own, as the root of a document (the XSD's only root). */
    private static void validate(Element suite) throws Exception {
        Document alone = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        alone.appendChild(alone.importNode(suite, true));
        SUREFIRE.newValidator().validate(new DOMSource(alone));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String render(Run run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormats.byId("junit").orElseThrow().write(run.reports(), run.context(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Schema surefireSchema() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(
                    new StreamSource(new StringReader(new String(JunitFormatTest.class.getResourceAsStream("/schemas/surefire-test-report-3.0.2.xsd")
                            .readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
