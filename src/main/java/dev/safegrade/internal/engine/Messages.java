package dev.safegrade.internal.engine;

import dev.safegrade.Language;
import dev.safegrade.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        String[] parts = PARSED.computeIfAbsent(template, Messages::parse);
        StringBuilder b = new StringBuilder(template.length() + 32);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                b.append(parts[i]);
            } else {
                String key = parts[i];
                b.append(evidence.containsKey(key) ? show(labelled(evidence.get(key), labels), lang) : "{" + key + "}");
            }
        }
        return b.toString();
    }

    /** Templates are few and filled for every finding: split each once into text, key, text, key, … text. */
    private static final Map<String, String[]> PARSED = new ConcurrentHashMap<>();

    private static String[] parse(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            parts.add(template.substring(last, m.start()));
            parts.add(m.group(1));
            last = m.end();
        }
        parts.add(template.substring(last));
        return parts.toArray(String[]::new);
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
