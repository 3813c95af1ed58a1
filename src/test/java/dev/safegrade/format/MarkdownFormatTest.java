package dev.safegrade.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.FactDocument;
import dev.safegrade.Language;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown: one table row per finding, cells that cannot break the table, confidence marked, every section present. */
class MarkdownFormatTest {
    private static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();

    @Test
    void aReportIsAHeadingGradesAFindingsTableAndWhatWasNotDecided() throws IOException {
        Report r = SAFE_GRADE.evaluate(Path.of("examples/metal-smelter.json"));
        String md = render(List.of(r), Language.ZH);
        assertThat(md).startsWith("## 陕西渭北示例铝业有限公司 (`91610131MA6TG1C432`)\n");
        assertThat(md).contains("- **安全生产标准化**: 二级（应急〔2021〕83号），有效期至 2027-01-15，有效");
        List<String> rows = md.lines().filter(l -> l.startsWith("| ")).toList();
        assertThat(rows).hasSize(r.findings().size() + 1); // the header, then one row per finding (the |---| line aside)
        assertThat(rows).allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(8)); // 6 cells, never more
        assertThat(md).contains("| high |  | `STD-83-REVOKE-FATAL` | `/enterprise/standardization` | 【依据未经证实")
                .contains("撤销情形（一）死亡事故（条款号据回忆为第二十二条） **[未经证实]** |");
        assertThat(md).contains("### 评估日期时尚未施行或已废止的规则 (6)").contains("- `STD-IT2011-SCORE`: 2011-06-09 – 2021-10-26");
    }

    @Test
    void cellsEscapeWhatWouldBreakTheTable() throws IOException {
        String doc = """
                {"factsVersion": 1, "asOf": "2026-06-30", "enterprise": {"id": "91610131MA6TG1C432",
                 "name": "A|B <script>\\n公司", "industry": "machinery", "accidents": [
                 {"id": "X", "date": "2026-01-01", "deaths": 1, "seriousInjuries": 0, "directLossYuan": 0}]}}
                """;
        String md = render(List.of(SAFE_GRADE.evaluate(FactDocument.parse(doc, "t.json"))), Language.EN);
        assertThat(md).startsWith("## A\\|B &lt;script&gt;<br>公司 (`91610131MA6TG1C432`)\n");
        assertThat(md).contains("### Not evaluated (facts missing)");
    }

    @Test
    void severalReportsAreSeparatedByARule() throws IOException {
        Report a = SAFE_GRADE.evaluate(Path.of("examples/metal-smelter.json"));
        Report b = SAFE_GRADE.evaluate(Path.of("examples/industrial-trade.json"));
        String md = render(List.of(a, b), Language.EN);
        assertThat(md.lines().filter(l -> l.startsWith("## "))).hasSize(2);
        assertThat(md).contains("\n---\n\n## 西安泾渭华瑞五金制品有限公司");
    }

    private static String render(List<Report> reports, Language lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormats.byId("markdown").orElseThrow().write(reports, RenderContext.of(lang), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
