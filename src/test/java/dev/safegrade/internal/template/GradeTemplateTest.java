package dev.safegrade.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Text;
import dev.safegrade.internal.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeTemplateTest {
    private static JsonNode json(String s) throws Exception {
        return Json.mapper().readTree(s);
    }

    private static List<String> render(String template, String value, boolean zh) throws Exception {
        return GradeTemplate.parse(template).render(json(value), zh, Map.of("major", new Text("重大事故", "major")), s -> "<" + s + ">");
    }

    @Test
    void valuesFiltersConditionsListsAndLines() throws Exception {
        String value = """
                {"n": 2.50, "ok": false, "c": "RED", "none": null, "rows": [1, 3, 4, 5, 7],
                 "list": [{"id": "A", "g": "major", "color": null}, {"id": "B", "g": "minor", "color": "BLUE"}],
                 "label": {"zh": "甲", "en": "a"}, "range": {"min": 1, "max": 1}}""";
        assertThat(render("{n} {ok} {none} {c|colour} {label|text} {rows|ranges}", value, true)).containsExactly("2.5 否 - RED 重大风险 甲 1, 3–5, 7");
        assertThat(render("{c|colour}", value, false)).containsExactly("RED major risk");
        assertThat(render("{*list}{id} {g|label}{,}; {/}", value, true)).containsExactly("A 重大事故; B minor");
        assertThat(render("head{*list}\n  {~}{id} {g}{/}{/}", value, true)).containsExactly("head", "  <A major>", "  <B minor>");
        assertThat(render("{?ok}yes{:}no{/} {!ok}not{/} {?ok=false}false{/} {?none}x{:}empty{/} {?missing}x{:}absent{/}", value, true))
                .containsExactly("no not false empty absent");
        assertThat(render("{list|count(color=null)} {list|count(color=BLUE)} {list|size} {?list|count(color=null)!=0}open{/}", value, true))
                .containsExactly("1 1 2 open");
        assertThat(render("{?range.max!=@range.min}{range.min}–{range.max}{:}{range.min}{/} {?n=2.5}equal{/}", value, true)).containsExactly("1 equal");
        assertThat(render("{list|join(、)|or(无)}", "{\"list\": []}", true)).containsExactly("无");
        assertThat(render("{{literal}", "{}", true)).containsExactly("{literal}");
    }

    @Test
    void anAbsentValueIsAShapeTheTemplateDoesNotKnow() {
        assertThatThrownBy(() -> render("{score}", "{}", true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> render("{list|join(, )}", "{\"list\": 3}", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedTemplatesAreRefusedWhenParsed() {
        for (String bad : List.of("{?x}open", "{x", "{/}", "{x|shout}", "{*x}{:}{/}", "{a b}", "{x|count(y)}")) {
            assertThatThrownBy(() -> GradeTemplate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
