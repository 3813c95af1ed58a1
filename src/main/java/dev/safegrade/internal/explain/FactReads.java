package dev.safegrade.internal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts a rule reads, found in a fact document: the manifest's {@code reads} patterns ({@code *} for any
 * list index) expanded to the pointers present, grouped by the element the rule looks at (the pattern up to
 * its last {@code *}, e.g. {@code /enterprise/accidents/0}).
 */
public final class FactReads {
    private FactReads() {
    }

    /** The element pattern a read pattern sits in: up to and including its last '*'; null when it has none. */
    public static String elementPattern(String pattern) {
        int star = pattern.lastIndexOf("/*");
        return star < 0 ? null : pattern.substring(0, star + 2);
    }

    /**
     * The pointers a pattern names in the document, '*' taking each index of the list present; a leaf or an
     * object that is absent still gives its pointer (its value is "not known"), an absent list gives none.
     */
    public static List<String> expand(JsonNode doc, String pattern) {
        List<String> out = new ArrayList<>();
        expand(doc, "", tokens(pattern), 0, out);
        return out;
    }

    private static void expand(JsonNode node, String at, List<String> tokens, int i, List<String> out) {
        if (i == tokens.size()) {
            out.add(at);
            return;
        }
        String token = tokens.get(i);
        if (token.equals("*")) {
            for (int k = 0; k < node.size() && node.isArray(); k++) {
                expand(node.get(k), at + "/" + k, tokens, i + 1, out);
            }
            return;
        }
        expand(node.path(unescape(token)), at + "/" + token, tokens, i + 1, out);
    }

    /** The concrete elements the patterns look at in the document, in document order. */
    public static List<String> elements(JsonNode doc, List<String> patterns) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : patterns) {
            String element = elementPattern(p);
            if (element != null) {
                out.addAll(expand(doc, element));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The pattern with its leading wildcards bound to an element's indexes ({@code /enterprise/accidents/{@literal *}/deaths}
     * at {@code /enterprise/accidents/2} is {@code /enterprise/accidents/2/deaths}); null when the pattern does not
     * go through the element.
     */
    public static String bind(String pattern, String element) {
        List<String> p = tokens(pattern);
        List<String> e = tokens(element);
        if (e.size() > p.size()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.size(); i++) {
            if (i < e.size()) {
                boolean same = p.get(i).equals(e.get(i)) || (p.get(i).equals("*") && e.get(i).matches("\\d+"));
                if (!same) {
                    return null;
                }
                b.append('/').append(e.get(i));
            } else {
                b.append('/').append(p.get(i));
            }
        }
        return b.toString();
    }

    /** The value at a pointer, or a missing node when absent. */
    public static JsonNode valueAt(JsonNode doc, String pointer) {
        JsonNode v = doc.at(pointer);
        return v == null ? MissingNode.getInstance() : v;
    }

    /** A value as the reader sees it: JSON, or "absent (not known)". */
    public static String show(JsonNode value) {
        return value.isMissingNode() ? "absent (not known)" : value.toString();
    }

    private static List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        return List.of(pointer.substring(1).split("/", -1));
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
