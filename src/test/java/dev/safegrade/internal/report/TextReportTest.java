package dev.safegrade.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.Citation;
import dev.safegrade.Confidence;
import dev.safegrade.FactDocument;
import dev.safegrade.Finding;
import dev.safegrade.GradeInfo;
import dev.safegrade.InputRef;
import dev.safegrade.Language;
import dev.safegrade.NotEvaluated;
import dev.safegrade.NotInForce;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import dev.safegrade.Subject;
import dev.safegrade.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text report of every example, in both languages, fits the terminal and says everything the JSON says. */
class TextReportTest {
    private static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();
    private static final Map<Path, Report> REPORTS = new HashMap<>();

    static Stream<Arguments> examplesInBothLanguages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .flatMap(p -> Stream.of(Arguments.of(p, Language.ZH), Arguments.of(p, Language.EN)));
        }
    }

    private static synchronized Report report(Path example) throws IOException {
        Report r = REPORTS.get(example);
        if (r == null) {
            FactDocument doc = FactDocument.parse(example);
            r = doc.memberFiles().isEmpty() ? SAFE_GRADE.evaluate(doc) : SAFE_GRADE.evaluatePark(doc, doc.members(example.getParent()));
            REPORTS.put(example, r);
        }
        return r;
    }

    @ParameterizedTest
    @MethodSource("examplesInBothLanguages")
    void noLineIsWiderThanTheTerminal(Path example, Language lang) throws IOException {
        Report r = report(example);
        assertThat(r.toText(lang)).isEqualTo(TextReport.render(r, lang, TextReport.WIDTH));
        for (int width : new int[] {80, 100, 120}) {
            for (String line : TextReport.render(r, lang, width).split("\n")) {
                assertThat(columns(line)).as("%s at %d columns: %s", example, width, line).isLessThanOrEqualTo(width);
                assertThat(line).as("trailing space").doesNotEndWith(" ");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examplesInBothLanguages")
    void nothingIsPrintedAsAJavaMapOrRecord(Path example, Language lang) throws IOException {
        String text = report(example).toText(lang);
        assertThat(text).doesNotContain("={", "=[", "Text[", "Citation[", "\u2060", "\u00A0");
        assertThat(Pattern.compile("\\{\\w+=").matcher(text).find()).as(text).isFalse();
    }

    @ParameterizedTest
    @MethodSource("examplesInBothLanguages")
    void everyFindingHasItsHeaderMessageAndCitationsInFullInTheFooter(Path example, Language lang) throws IOException {
        Report r = report(example);
        String text = TextReport.render(r, lang, 80);
        Map<Integer, String> footer = footer(text, lang);
        List<List<String>> blocks = findingBlocks(text, lang);
        assertThat(blocks).hasSize(r.findings().size());
        List<Integer> referenced = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Finding f = r.findings().get(i);
            List<String> block = blocks.get(i);
            assertThat(block.get(0)).contains(f.severity().id(), f.ruleId(), f.path());
            if (f.color() != null) {
                assertThat(block.get(0)).contains(f.color().name());
            }
            StringBuilder refs = new StringBuilder();
            for (Citation c : f.citations()) {
                int n = footer.entrySet().stream().filter(e -> e.getValue().equals(squeeze(full(c, lang)))).mapToInt(Map.Entry::getKey)
                        .findFirst().orElseThrow(() -> new AssertionError("not in the footer: " + c));
                refs.append('[').append(n).append(']');
                referenced.add(n);
            }
            String message = squeeze(String.join("", block.subList(1, block.size())));
            assertThat(message).as(f.ruleId() + " " + f.path()).isEqualTo(squeeze(f.message().in(lang) + refs + marker(least(f.citations()), lang)));
        }
        assertThat(footer.keySet()).as("every footer entry is cited, once each").containsExactlyInAnyOrderElementsOf(referenced.stream().distinct().toList());
    }

    @Test
    void pathsAreInNaturalOrderInFindingsAndNotEvaluated() throws IOException {
        String text = report(Path.of("examples/hazchem-producer.json")).toText(Language.EN);
        List<String> lec = text.lines().filter(l -> l.startsWith("  info ") && l.contains("RISK-POINT-LEC")).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertThat(lec).containsExactly("/enterprise/riskPoints/4", "/enterprise/riskPoints/8", "/enterprise/riskPoints/9", "/enterprise/riskPoints/10");
        String notEvaluated = text.substring(text.indexOf("Not evaluated")).replaceAll("\n {3,}", " ");
        assertThat(notEvaluated).contains("RISK-POINT-DIRECT-1  missing violatesMandatoryStandard in /enterprise/riskPoints/1, "
                + "/enterprise/riskPoints/2, /enterprise/riskPoints/3, /enterprise/riskPoints/4, /enterprise/riskPoints/5, "
                + "/enterprise/riskPoints/6, /enterprise/riskPoints/7, /enterprise/riskPoints/8, /enterprise/riskPoints/9, "
                + "/enterprise/riskPoints/10\n");
        assertThat(notEvaluated).contains("RISK-POINT-DIRECT-3  missing unit in /enterprise/riskPoints/7,");
    }

    @ParameterizedTest
    @MethodSource("examplesInBothLanguages")
    void findingsOfOneRuleAreInNaturalPathOrder(Path example, Language lang) throws IOException {
        List<String> headers = findingBlocks(report(example).toText(lang), lang).stream().map(b -> b.get(0)).toList();
        for (int i = 1; i < headers.size(); i++) {
            String[] a = headers.get(i - 1).trim().split(" +");
            String[] b = headers.get(i).trim().split(" +");
            if (a[0].equals(b[0]) && a[a.length - 2].equals(b[b.length - 2])) {
                assertThat(naturally(a[a.length - 1], b[b.length - 1])).as(headers.get(i - 1) + " / " + headers.get(i)).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void parkGradesReadAsSentencesInBothLanguages() throws IOException {
        Report park = report(Path.of("examples/chemical-park.json"));
        String zh = park.toText(Language.ZH);
        String en = park.toText(Language.EN);
        assertThat(zh).contains("  十有两禁：十有 7/10\n", "    缺少：PARK-10H-04、PARK-10H-05、PARK-10H-09\n", "    违反两禁：无\n",
                "  园区安全风险等级：类别未定（可能为 D 类 … C 类），得分 76.5–100（导则 2023 版检查表，12 行）\n", "：5–12\n", "  入园企业：共 3 家：");
        assertThat(en).contains("  ten haves, two prohibitions: 7 of 10 haves\n", "    missing: PARK-10H-04, PARK-10H-05, PARK-10H-09\n",
                "    prohibitions violated: none\n", "  park risk class: class undecided (could be D … C), score 76.5–100 (2023 checklist, 12 rows)\n",
                "3 member enterprises: 2 RED, 0 ORANGE, 0 YELLOW, 0 BLUE, 1 undetermined\n",
                "    蒲城县秦川精细化工有限公司 (91610526MA6X2RB5L8)  undetermined\n", "(not insured, required)");
        assertThat(en).doesNotContain("general safety risk, en=").doesNotContain("haves=");
    }

    /**
     * A grade the core knows nothing of, declared by a pack with its template: shown by the template. No shipped pack
     * concludes {@code standardization}; this test pack declares it.
     */
    private static final PackInfo STANDARDIZATION = new PackInfo("std-test", "1.0.0", new Text("标准化", "standardisation"), "sha256:0",
            List.of(new GradeInfo("standardization", 60, new Text("安全生产标准化", "standardisation"),
                    new Text("{grade|label}{?validUntil}，有效期至 {validUntil}{/}{?valid=false}（已过期）{/}",
                            "grade {grade}{?validUntil}, valid until {validUntil}{/}{?valid=false} (lapsed){/}"),
                    Map.of("1", new Text("一级", "1"), "2", new Text("二级", "2"), "3", new Text("三级", "3")))));

    @Test
    void gradesOfUnknownShapeRenderAsKeyValueLines() {
        Map<String, Object> future = new LinkedHashMap<>();
        future.put("level", 2);
        future.put("label", Map.of("zh", "二级", "en", "level two"));
        future.put("parts", List.of(ordered("id", "X1", "ok", true), ordered("id", "X2", "ok", false)));
        future.put("scores", List.of(1, new java.math.BigDecimal("2.50")));
        future.put("note", null);
        Map<String, Object> grades = new LinkedHashMap<>();
        grades.put("standardization", ordered("grade", 2, "validUntil", "2025-01-01", "valid", false));
        grades.put("parkRisk", ordered("score", 50, "newField", "x")); // a known key in a shape its renderer does not know
        grades.put("futureGrade", future);
        PackInfo parkRisk = SAFE_GRADE.packs().stream().filter(p -> p.id().equals("park-risk")).findFirst().orElseThrow();
        Report r = synthetic(grades, List.of(), List.of(), List.of(parkRisk, STANDARDIZATION));
        assertThat(r.toText(Language.EN)).contains("""
                Grades
                  standardisation: grade 2, valid until 2025-01-01 (lapsed)
                  park risk class:
                """, """
                  futureGrade:
                    level: 2
                    label: level two
                    parts:
                      - id: X1
                        ok: yes
                      - id: X2
                        ok: no
                    scores: 1, 2.5
                    note: -
                """).contains("    score: 50\n", "    newField: x\n");
        assertThat(r.toText(Language.ZH)).contains("  安全生产标准化：二级，有效期至 2025-01-01（已过期）\n", "      - id: X1\n        ok: 是\n", "    label: 二级\n");
    }

    @Test
    void notEvaluatedIsOneEntryPerRuleAndMissingFactAndRulesNotInForceAreGroupedByTheirDates() {
        Text note = new Text("自 2026-07-01 起适用修订后的标准。", "From 2026-07-01 the revised standard applies.");
        Report r = synthetic(Map.of(), List.of(
                new NotEvaluated("MHS-GB18218-LEVEL", "four-colour", "/enterprise/units/10", List.of("/enterprise/units/10/substances")),
                new NotEvaluated("MHS-GB18218-LEVEL", "four-colour", "/enterprise/units/2", List.of("/enterprise/units/2/substances")),
                new NotEvaluated("MHS-GB18218-LEVEL", "four-colour", "/enterprise/units/3", List.of("/enterprise/units/3/exposedPeople")),
                new NotEvaluated("X-OTHER", "p", "/enterprise/units/0", List.of("/enterprise/people", "/enterprise/units/0/kind")),
                new NotEvaluated("X-SELF", "p", "/park/checklist", List.of("/park/checklist"))), List.of(
                new NotInForce("MHC-COAL-2021-07-00", "major-hazard-coal", LocalDate.of(2021, 1, 1), LocalDate.of(2026, 6, 30), note),
                new NotInForce("MHC-COAL-2021-08-00", "major-hazard-coal", LocalDate.of(2021, 1, 1), LocalDate.of(2026, 6, 30), note),
                new NotInForce("X-LATER", "p", LocalDate.of(2027, 1, 1), null, null)));
        assertThat(r.toText(Language.EN)).contains("""
                Not evaluated (facts missing) (5)
                  MHS-GB18218-LEVEL  missing substances in /enterprise/units/2, /enterprise/units/10
                  MHS-GB18218-LEVEL  missing exposedPeople in /enterprise/units/3
                  X-OTHER  missing /enterprise/people, kind in /enterprise/units/0
                  X-SELF  missing /park/checklist

                Rules not in force on the as-of date (3)
                  2021-01-01 – 2026-06-30: MHC-COAL-2021-07-00, MHC-COAL-2021-08-00
                  2027-01-01 – …: X-LATER
                  note: From 2026-07-01 the revised standard applies.
                """);
        assertThat(r.toText(Language.ZH)).contains("  MHS-GB18218-LEVEL  缺少 substances：/enterprise/units/2, /enterprise/units/10\n",
                "  说明：自 2026-07-01 起适用修订后的标准。\n");
    }

    private static Report synthetic(Map<String, Object> grades, List<NotEvaluated> notEvaluated, List<NotInForce> notInForce) {
        return synthetic(grades, notEvaluated, notInForce, List.of());
    }

    private static Report synthetic(Map<String, Object> grades, List<NotEvaluated> notEvaluated, List<NotInForce> notInForce,
                                    List<PackInfo> packs) {
        return new Report("0", new Subject("enterprise", "91610131MA6TG1C432", "x"), LocalDate.of(2026, 1, 1), "national", packs,
                new InputRef("x.json", "sha256:0"), grades, List.of(), List.of(), notEvaluated, notInForce, List.of());
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Terminal columns, measured independently of DisplayWidth: Han, CJK punctuation and fullwidth forms are 2. */
    private static int columns(String s) {
        return s.codePoints().map(cp -> {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && (cp <= 0xFF60 || cp >= 0xFFE0);
            return wide ? 2 : 1;
        }).sum();
    }

    private static Map<Integer, String> footer(String text, Language lang) {
        String heading = lang == Language.ZH ? "\n依据\n" : "\nCitations\n";
        Map<Integer, String> entries = new LinkedHashMap<>();
        int at = text.indexOf(heading);
        if (at < 0) {
            return entries;
        }
        Matcher m = Pattern.compile("^  \\[(\\d+)] (.*)$").matcher("");
        Integer current = null;
        for (String line : text.substring(at + heading.length()).split("\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (m.reset(line).matches()) {
                current = Integer.valueOf(m.group(1));
                assertThat(entries).as("entry [%d] once", current).doesNotContainKey(current);
                entries.put(current, squeeze(m.group(2)));
            } else {
                entries.merge(current, squeeze(line), String::concat);
            }
        }
        return entries;
    }

    /** Per finding: its header line (joined with its continuation, indented 6), then its message lines (indented 4). */
    private static List<List<String>> findingBlocks(String text, Language lang) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int start = 0;
        while (!lines.get(start).startsWith(lang == Language.ZH ? "发现 (" : "Findings (")) {
            start++;
        }
        for (String line : lines.subList(start + 2, lines.size())) { // after the heading and the column names
            if (line.isEmpty()) {
                break;
            }
            List<String> block = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (line.startsWith("      ") && block != null && block.size() == 1) {
                block.set(0, block.get(0) + " " + line.trim());
            } else if (line.startsWith("    ") && block != null) {
                block.add(line);
            } else {
                blocks.add(new ArrayList<>(List.of(line)));
            }
        }
        return blocks;
    }

    private static String full(Citation c, Language lang) {
        return "《" + c.document() + "》" + c.docNumber() + c.clause() + marker(c.confidence(), lang);
    }

    private static Confidence least(List<Citation> cs) {
        return cs.stream().map(Citation::confidence).max(Enum::compareTo).orElseThrow();
    }

    private static String marker(Confidence c, Language lang) {
        return switch (c) {
            case CONFIRMED -> "";
            case SECONDARY -> lang == Language.ZH ? "[二手来源]" : "[secondary]";
            case UNCONFIRMED -> lang == Language.ZH ? "[未经证实]" : "[UNCONFIRMED]";
        };
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static int naturally(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
