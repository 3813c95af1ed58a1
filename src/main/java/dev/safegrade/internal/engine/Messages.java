package dev.safegrade.internal.engine;

import dev.safegrade.Language;
import dev.safegrade.Text;
import dev.safegrade.internal.facts.FactVocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a rule's message from the finding's evidence: {@code {key}} shows the value,
 * {@code {key|one|other}} a count with its noun, {@code 1 death} or {@code 3 deaths}. A coded value the rule's
 * {@code labels} name is shown by its label, a fact's key (e.g. in {@code decidedBy}) by its title in the facts schema.
 * A Chinese message shows facts in Chinese ({@link FactVocabulary}): coded values by the schema's labels, JSON
 * Pointers by the titles of their steps, booleans as 是/否; an English one shows them as the facts spell them.
 */
final class Messages {
    /** As the lint reads them (internal/lint/MessagePlaceholders). */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([^{}|]*)\\|([^{}|]*))?}");
    /** A pointer into the fact document inside a text value, e.g. {@code 2b ×1 [/enterprise/observations/0]}. */
    private static final Pattern POINTER = Pattern.compile("/(?:enterprise|park)(?:/[A-Za-z0-9_~]+)+");

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
                String[] counted = parts[i].split("\\|", -1);
                String key = counted[0];
                if (!evidence.containsKey(key)) {
                    b.append('{').append(parts[i]).append('}');
                } else if (counted.length == 3) {
                    b.append(count(evidence.get(key), counted[1], counted[2]));
                } else {
                    b.append(show(labelled(key, evidence.get(key), labels, lang), lang));
                }
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
            parts.add(m.group(2) == null ? m.group(1) : m.group(1) + "|" + m.group(2) + "|" + m.group(3));
            last = m.end();
        }
        parts.add(template.substring(last));
        return parts.toArray(String[]::new);
    }

    /** {@code 1 death}, {@code 0 deaths}; an unknown count: {@code an unknown number of deaths}. */
    private static String count(Object v, String one, String other) {
        if (!(v instanceof Number n)) {
            return v == null ? "an unknown number of " + other : v + " " + other;
        }
        String shown = show(n, Language.EN);
        return shown + " " + (shown.equals("1") ? one : other);
    }

    /** A value as the message shows it: a text in both languages, or the value itself. */
    private static Object labelled(String key, Object v, Map<String, Text> labels, Language lang) {
        if (v instanceof Collection<?> c) {
            return c.stream().map(o -> labelled(key, o, labels, lang)).toList();
        }
        if (v instanceof String s) {
            if (labels.containsKey(s)) {
                return labels.get(s);
            }
            // a label for a prefix: "riskPoint:" words riskPoint:RP01
            int colon = s.indexOf(':');
            if (colon > 0 && labels.containsKey(s.substring(0, colon + 1))) {
                return labels.get(s.substring(0, colon + 1)).in(lang) + s.substring(colon + 1);
            }
            return lang == Language.ZH ? inChinese(key, s) : titled(s);
        }
        if (v instanceof Boolean bool && lang == Language.ZH) {
            return bool ? "是" : "否";
        }
        return v;
    }

    /** A fact's key by its title in English; other text as it is. */
    private static String titled(String s) {
        Text title = FactVocabulary.get().title(s);
        return title == null ? s : title.en();
    }

    /** A fact's coded value, key or pointer in the facts schema's Chinese words; other text as it is. */
    private static String inChinese(String key, String s) {
        FactVocabulary words = FactVocabulary.get();
        String label = words.valueLabel(key, s);
        if (label != null) {
            return label;
        }
        Text title = words.title(s);
        if (title != null) {
            return title.zh();
        }
        if (s.indexOf('/') < 0) {
            return s;
        }
        Matcher m = POINTER.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String wording = words.pointer(m.group());
            m.appendReplacement(b, Matcher.quoteReplacement(wording == null ? m.group() : wording));
        }
        m.appendTail(b);
        return b.toString();
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
