package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Chinese words the facts schema gives its keys and coded values: {@code x-title-zh} beside a property's
 * {@code title}, {@code x-enum-zh} (value → label) beside an {@code enum}. Chinese messages name facts by these,
 * never by their JSON spelling; the schema is their one source, so every pack words a fact the same way.
 */
public final class FactVocabulary {
    public static final String TITLE_ZH = "x-title-zh";
    public static final String ENUM_ZH = "x-enum-zh";

    private static final class Holder {
        static final FactVocabulary INSTANCE = new FactVocabulary(FactPointers.schema());
    }

    /** Property name → its zh title and its (English) title, for names whose every zh-titled property agrees. */
    private final Map<String, Text> titles = new HashMap<>();
    /** Property name → value → zh label, from the enums of every property so named (items included). */
    private final Map<String, Map<String, String>> enumsByProperty = new HashMap<>();
    /** Value → zh label, for values every enum labels alike. */
    private final Map<String, String> enums = new HashMap<>();

    private FactVocabulary(JsonNode schema) {
        Set<String> ambiguousTitles = new HashSet<>();
        Set<String> ambiguousValues = new HashSet<>();
        collect(schema, ambiguousTitles, ambiguousValues);
        ambiguousTitles.forEach(titles::remove);
        ambiguousValues.forEach(enums::remove);
    }

    public static FactVocabulary get() {
        return Holder.INSTANCE;
    }

    /** The zh label of {@code value} given under {@code key}: the enum of the property so named, else any enum's. */
    public String valueLabel(String key, String value) {
        Map<String, String> own = enumsByProperty.get(key);
        if (own != null && own.containsKey(value)) {
            return own.get(value);
        }
        return enums.get(value);
    }

    /**
     * The titles of the property named {@code name}, or null: in Chinese, and in English as the schema's title in a
     * sentence (Regular safety inspection → regular safety inspection).
     */
    public Text title(String name) {
        return titles.get(name);
    }

    /**
     * The zh wording of a JSON Pointer into a fact document, e.g. {@code /park/utilities/hazWaste} → 公用工程·危险废物处置,
     * {@code /enterprise/observations/0} → 专家判定记录第1条. A step without a zh title is left out (the message names
     * it already); null when the last step has none or the pointer is not in the schema.
     */
    public String pointer(String pointer) {
        if (pointer == null || !pointer.startsWith("/") || pointer.length() == 1) {
            return null;
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        JsonNode node = FactPointers.schema();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replace("~1", "/").replace("~0", "~");
            if (token.matches("\\d+")) {
                JsonNode items = FactPointers.find(node, "items");
                if (items == null || b.length() == 0) {
                    return null;
                }
                b.append('第').append(Integer.parseInt(token) + 1).append('条');
                node = FactPointers.deref(items);
                continue;
            }
            JsonNode properties = FactPointers.find(node, "properties");
            JsonNode property = properties == null ? null : properties.get(token);
            if (property == null) {
                return null;
            }
            node = FactPointers.deref(property);
            // the subject itself goes without saying: /park/utilities is the park's 公用工程
            if (i == 0 && (token.equals("enterprise") || token.equals("park")) && tokens.length > 1) {
                continue;
            }
            String title = property.path(TITLE_ZH).asText(node.path(TITLE_ZH).asText(""));
            if (title.isEmpty() && i == tokens.length - 1) {
                return null;
            }
            if (!title.isEmpty()) {
                b.append(b.length() == 0 ? "" : "·").append(title);
            }
        }
        return b.toString();
    }

    private void collect(JsonNode node, Set<String> ambiguousTitles, Set<String> ambiguousValues) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isObject() && node.path("properties").isObject()) {
            node.path("properties").fields().forEachRemaining(e -> property(e.getKey(), e.getValue(), ambiguousTitles));
        }
        if (node.has(ENUM_ZH)) {
            node.get(ENUM_ZH).fields().forEachRemaining(e -> {
                String before = enums.putIfAbsent(e.getKey(), e.getValue().asText());
                if (before != null && !before.equals(e.getValue().asText())) {
                    ambiguousValues.add(e.getKey());
                }
            });
        }
        node.forEach(child -> collect(child, ambiguousTitles, ambiguousValues));
    }

    /** "Regular safety inspection" → "regular safety inspection"; "CO alarm" stays. */
    private static String inSentence(String title) {
        return title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))
                ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }

    private void property(String name, JsonNode property, Set<String> ambiguousTitles) {
        String zh = property.path(TITLE_ZH).asText(null);
        if (zh != null) {
            Text title = new Text(zh, inSentence(property.path("title").asText(name)));
            Text before = titles.putIfAbsent(name, title);
            if (before != null && !before.zh().equals(zh)) {
                ambiguousTitles.add(name);
            }
        }
        JsonNode values = FactPointers.deref(property);
        if (values.has("items")) {
            values = FactPointers.deref(values.get("items"));
        }
        if (values.has(ENUM_ZH)) {
            Map<String, String> labels = enumsByProperty.computeIfAbsent(name, k -> new HashMap<>());
            values.get(ENUM_ZH).fields().forEachRemaining(e -> labels.putIfAbsent(e.getKey(), e.getValue().asText()));
        }
    }
}
