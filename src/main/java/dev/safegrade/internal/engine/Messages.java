package dev.safegrade.internal.engine;

import dev.safegrade.Language;
import dev.safegrade.Text;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {key}} placeholders of a rule's message from the finding's evidence. */
final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private Messages() {
    }

    static Text fill(Text template, Map<String, Object> evidence) {
        return fill(template, evidence, Map.of());
    }

    /** As {@link #fill(Text, Map)}; a text value (or list entry) that {@code labels} names is shown by its label. */
    static Text fill(Text template, Map<String, Object> evidence, Map<String, Text> labels) {
        return new Text(fill(template.zh(), evidence, labels, Language.ZH), fill(template.en(), evidence, labels, Language.EN));
    }

    private static String fill(String template, Map<String, Object> evidence, Map<String, Text> labels, Language lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = evidence.containsKey(key) ? show(labelled(evidence.get(key), labels), lang) : m.group();
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        return m.appendTail(b).toString();
    }

    private static Object labelled(Object v, Map<String, Text> labels) {
        if (v instanceof String s && labels.containsKey(s)) {
            return labels.get(s);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(o -> labelled(o, labels)).toList();
        }
        return v;
    }

    static String show(Object v, Language lang) {
        if (v instanceof Text t) {
            return t.in(lang);
        }
        if (v == null) {
            return lang == Language.ZH ? "未知" : "unknown";
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return plain(new BigDecimal(v.toString()));
        }
        if (v instanceof Collection<?> c && c.isEmpty()) {
            return lang == Language.ZH ? "无" : "none";
        }
        if (v instanceof Collection<?> c) {
            StringBuilder b = new StringBuilder();
            for (Object o : c) {
                if (b.length() > 0) {
                    b.append(lang == Language.ZH ? "、" : ", ");
                }
                b.append(show(o, lang));
            }
            return b.toString();
        }
        return v.toString();
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
