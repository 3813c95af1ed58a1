package dev.safegrade.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safegrade.FactDocument;
import dev.safegrade.Language;
import dev.safegrade.MapShape;
import dev.safegrade.Report;
import dev.safegrade.SafeGrade;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** HTML: one self-contained page, every section, the map's shapes in their colours, values escaped. */
class HtmlFormatTest {
    private static final SafeGrade SAFE_GRADE = SafeGrade.builder().build();
    private static final Pattern RP = Pattern.compile("<rect class=\"rp\" data-id=\"([^\"]+)\" data-color=\"([A-Z]+)\"[^>]* fill=\"(#[0-9a-f]{6})\"");

    @Test
    void theDocumentGivesEachRiskPointsPlaceOnThePlan() {
        FactDocument doc = FactDocument.parse(Path.of("examples/hazchem-producer.json"));
        List<MapShape> shapes = doc.mapShapes();
        assertThat(shapes).hasSize(11).allMatch(s -> s.kind().equals("riskPoint"));
        assertThat(shapes.get(0)).isEqualTo(new MapShape("riskPoint", "RP01", "液氨储罐区", java.util.Optional.of("U01"),
                java.util.Optional.of(new MapShape.Rect(40, 20, 60, 40))));
        assertThat(shapes.stream().filter(s -> s.rect().isEmpty()).map(MapShape::id)).containsExactly("RP07", "RP08", "RP11");
        assertThat(FactDocument.parse(Path.of("examples/chemical-park.json")).mapShapes()).isEmpty();
    }

    @Test
    void thePageDrawsEachPlacedRiskPointInItsColourAndListsTheOthers() throws IOException {
        FactDocument doc = FactDocument.parse(Path.of("examples/hazchem-producer.json"));
        Report r = SAFE_GRADE.evaluate(doc);
        String html = render(List.of(r), new RenderContext(Language.ZH, Map.of(doc.source(), doc)));

        Matcher m = RP.matcher(html);
        Map<String, String> fills = Map.of("RED", "#d32f2f", "ORANGE", "#f57c00", "YELLOW", "#fbc02d", "BLUE", "#1976d2");
        int shapes = 0;
        while (m.find()) {
            shapes++;
            String id = m.group(1);
            String color = r.riskPoints().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().color().orElseThrow().name();
            assertThat(m.group(2)).as(id).isEqualTo(color);
            assertThat(m.group(3)).as(id).isEqualTo(fills.get(color));
        }
        assertThat(shapes).isEqualTo(8);
        assertThat(html).contains("<li data-color=\"RED\"><span class=\"sw c-RED\"></span>重大风险 (6)</li>")
                .contains("<li data-color=\"BLUE\"><span class=\"sw c-BLUE\"></span>低风险 (4)</li>")
                .contains("<li data-color=\"ORANGE\"><span class=\"sw c-ORANGE\"></span>较大风险 (0)</li>");
        String unplaced = html.substring(html.indexOf("<table class=\"unplaced\">"), html.indexOf("</table>", html.indexOf("<table class=\"unplaced\">")));
        assertThat(Pattern.compile("<tr data-id=\"(RP\\d+)\"").matcher(unplaced).results().map(x -> x.group(1))).containsExactly("RP07", "RP08", "RP11");
        assertThat(html).contains("<h3>重大风险清单 (6)</h3>");
    }

    @Test
    void everySectionIsThereAndFindingsOnUnconfirmedTextAreMarked() throws IOException {
        FactDocument doc = FactDocument.parse(Path.of("examples/metal-smelter.json"));
        Report r = SAFE_GRADE.evaluate(doc);
        String html = render(List.of(r), new RenderContext(Language.ZH, Map.of(doc.source(), doc)));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">");
        assertThat(html).doesNotContain("<script", "<link", " src=", "href=", "url(");
        long unconfirmed = r.findings().stream().filter(f -> f.unconfirmed()).count();
        assertThat(unconfirmed).isPositive();
        assertThat(Pattern.compile("<article class=\"finding [^\"]* conf-unconfirmed\"").matcher(html).results().count()).isEqualTo(unconfirmed);
        assertThat(html).contains("<p class=\"warn\">" + unconfirmed + " 条发现所依据的法规文本未经证实");
        assertThat(Pattern.compile("<article class=\"finding ").matcher(html).results().count()).isEqualTo(r.findings().size());
        assertThat(html).contains("<h3>评估日期时尚未施行或已废止的规则 (" + r.notInForce().size() + ")</h3>")
                .contains("<td class=\"mono\">STD-IT2011-SCORE</td>").contains("安全生产标准化");
        for (var g : r.gradeLines(Language.ZH)) {
            assertThat(html).contains("<th scope=\"row\">" + g.name() + "</th>");
        }
    }

    @Test
    void englishWhenAsked() throws IOException {
        FactDocument doc = FactDocument.parse(Path.of("examples/industrial-trade.json"));
        String html = render(List.of(SAFE_GRADE.evaluate(doc)), new RenderContext(Language.EN, Map.of(doc.source(), doc)));
        assertThat(html).contains("<html lang=\"en\">").contains("<h3>Findings (").contains("<h3>Four-colour risk map (红橙黄蓝四色安全风险空间分布图)</h3>")
                .contains("<li data-color=\"RED\"><span class=\"sw c-RED\"></span>major risk (2)</li>")
                .contains("<h4>Risk points without map coordinates</h4>");
        assertThat(RP.matcher(html).results().count()).isEqualTo(2);
    }

    @Test
    void withoutTheDocumentThePointsAreListedNotDrawn() throws IOException {
        Report r = SAFE_GRADE.evaluate(Path.of("examples/industrial-trade.json"));
        String html = render(List.of(r), RenderContext.of(Language.EN));
        assertThat(html).doesNotContain("<svg").contains("The fact document was not given: positions unknown, no map drawn.");
        assertThat(Pattern.compile("<tr data-id=\"RP0\\d\"").matcher(html).results().count()).isEqualTo(6);
    }

    @Test
    void aParkShowsItsMembersColours() throws IOException {
        Report r = SAFE_GRADE.evaluatePark(Path.of("examples/chemical-park.json"));
        String html = render(List.of(r), RenderContext.of(Language.ZH));
        assertThat(html).contains("<h3>园区企业风险等级 (3)</h3>")
                .contains("<tr data-id=\"91610526MA6YH7Q30N\" data-color=\"RED\">")
                .contains("<tr data-id=\"91610526MA6X2RB5L8\" data-color=\"NONE\">")
                .doesNotContain("<svg");
    }

    @Test
    void valuesAreEscapedWhereverTheyStand() throws IOException {
        String json = """
                {"factsVersion": 1, "asOf": "2026-06-30", "enterprise": {"id": "91610131MA6TG1C432",
                 "name": "<script>alert(1)</script>公司", "industry": "machinery",
                 "riskPoints": [{"id": "R\\"1", "name": "<script>alert(2)</script>",
                   "assessment": {"method": "LEC", "L": 10, "E": 6, "C": 15}, "map": {"x": 0, "y": 0, "width": 50, "height": 30}}]}}
                """;
        FactDocument doc = FactDocument.parse(json, "t.json");
        String html = render(List.of(SAFE_GRADE.evaluate(doc)), new RenderContext(Language.ZH, Map.of("t.json", doc)));
        assertThat(html).doesNotContain("<script").doesNotContain("data-id=\"R\"1")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;公司")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("data-id=\"R&#34;1\"");
        assertThat(RP.matcher(html).results().map(x -> x.group(2))).containsExactly("RED");
    }

    @Test
    void severalReportsAreSectionsOfOnePage() throws IOException {
        Report a = SAFE_GRADE.evaluate(Path.of("examples/metal-smelter.json"));
        Report b = SAFE_GRADE.evaluate(Path.of("examples/industrial-trade.json"));
        String html = render(List.of(a, b), RenderContext.of(Language.ZH));
        assertThat(Pattern.compile("<section class=\"report\"").matcher(html).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<html").matcher(html).results().count()).isEqualTo(1);
    }

    static String render(List<Report> reports, RenderContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormats.byId("html").orElseThrow().write(reports, context, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
