package dev.safegrade.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.GradeInfo;
import dev.safegrade.Language;
import dev.safegrade.PackInfo;
import dev.safegrade.Report;
import dev.safegrade.internal.template.GradeTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the text format shows each grade: the name its pack declares, then lines from the pack's template (see
 * {@link GradeTemplate}). The value is read as the JSON report writes it, so what the text shows is what the JSON
 * says. A key no pack of the report declares, a grade without a template, or a value whose shape the template does
 * not know (a newer pack's) is shown generically as indented {@code key: value} lines, never lost.
 */
final class Grades {
    /** Templates by their text: the packs' are few. */
    private static final Map<String, GradeTemplate> PARSED = new ConcurrentHashMap<>();

    private Grades() {
    }

    /** The grade's declaration among the report's packs, or null. */
    static GradeInfo declared(Report r, String key) {
        for (PackInfo p : r.packs()) {
            for (GradeInfo g : p.grades()) {
                if (g.key().equals(key)) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The grade's name in the report's language; the report-v1 key for a grade no pack declares. */
    static String name(String key, GradeInfo declared, Language lang) {
        return declared == null ? key : declared.name().in(lang);
    }

    /**
     * The grade as lines: the first follows the name on its line (may be empty), each further line is shown
     * under it, indented by its own leading spaces.
     */
    static List<String> describe(GradeInfo declared, JsonNode value, Language lang) {
        boolean zh = lang == Language.ZH;
        if (declared != null && declared.text() != null) {
            try {
                return PARSED.computeIfAbsent(declared.text().in(lang), GradeTemplate::parse).render(value, zh, declared.labels(), Wrap::whole);
            } catch (RuntimeException shapeChanged) {
                // a shape this template does not know (a newer pack): shown generically below, never lost
            }
        }
        return generic(value, zh);
    }

    /** Any JSON value as indented {@code key: value} lines (a YAML-like outline), never a map's toString. */
    static List<String> generic(JsonNode value, boolean zh) {
        String inline = inline(value, zh);
        if (inline != null) {
            return List.of(inline);
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        outline(value, "", zh, lines);
        return lines;
    }

    private static void outline(JsonNode v, String indent, boolean zh, List<String> out) {
        if (v.isObject()) {
            v.fields().forEachRemaining(e -> {
                String inline = inline(e.getValue(), zh);
                if (inline != null) {
                    out.add(indent + e.getKey() + ": " + inline);
                } else {
                    out.add(indent + e.getKey() + ":");
                    outline(e.getValue(), indent + "  ", zh, out);
                }
            });
            return;
        }
        for (JsonNode item : v) {
            String inline = inline(item, zh);
            if (inline != null) {
                out.add(indent + "- " + inline);
            } else {
                int first = out.size();
                outline(item, indent + "  ", zh, out);
                if (out.size() > first) {
                    out.set(first, indent + "- " + out.get(first).substring(indent.length() + 2));
                }
            }
        }
    }

    /** The value on one line, or null when it needs an outline: a scalar, a zh/en text, a list of such. */
    private static String inline(JsonNode v, boolean zh) {
        if (v.isValueNode() || v.isNull()) {
            return scalar(v, zh);
        }
        if (v.isObject() && v.size() == 2 && v.path("zh").isTextual() && v.path("en").isTextual()) {
            return v.get(zh ? "zh" : "en").asText();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) {
                String s = item.isValueNode() || item.isNull() ? scalar(item, zh) : null;
                if (s == null) {
                    return null;
                }
                items.add(s);
            }
            return items.isEmpty() ? none(zh) : String.join(", ", items);
        }
        return v.isObject() && v.isEmpty() ? none(zh) : null;
    }

    /** A number as JSON writes it (plain, no exponent), a boolean in words, null as "-". */
    static String scalar(JsonNode v, boolean zh) {
        return GradeTemplate.scalar(v, zh);
    }

    static String none(boolean zh) {
        return zh ? "无" : "none";
    }
}
