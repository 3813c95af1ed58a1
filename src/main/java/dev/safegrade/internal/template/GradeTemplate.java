package dev.safegrade.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.safegrade.RiskColor;
import dev.safegrade.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A grade's text template, as a pack declares it in {@code pack.json} ({@code grades[].text.zh/en}): how the text
 * report shows the grade's value (read as the JSON report writes it). The first line follows the grade's name; each
 * further line (a line break in the template) is shown beneath it, indented by its own leading spaces.
 *
 * <pre>
 * {path}            a value: {@code .} is the current one, {@code a.b} a field of a field; numbers plain, booleans
 *                   是/否 (yes/no), null "-"; a field that is absent makes the template fail (the grade is then
 *                   shown as a generic outline: a shape the template does not know)
 * {path|f|g}        the value through filters: colour (RED 重大风险 / RED major risk, null "-"), label (the grade's
 *                   labels by the value, else the value), join(SEP) (a list's values), or(TEXT) (TEXT when empty),
 *                   count(KEY=LITERAL) (list elements whose KEY equals it), size, text (a {zh, en} in the report's
 *                   language, "" when absent), ranges (row numbers with runs shortened: 1, 3–5)
 * {?cond}…{:}…{/}   when cond holds (else the part after {:}); {!cond}…{/} when it does not. cond is a value
 *                   (holds when present, not null, not false and not empty) or value=LITERAL, value!=LITERAL,
 *                   value=@path (LITERAL: true, false, null, a number, else a string)
 * {*path}…{,}…{/}   the part once for each element of a list (none when absent), with the element as the current
 *                   value; the part after {,} between two elements
 * {~}…{/}           a part that is never broken across lines
 * {{                a literal {
 * </pre>
 */
public final class GradeTemplate {
    /** Written between lines; the renderer splits on it (a value's own line breaks are left alone). */
    public static final char LINE = '\u001E';

    private final List<Node> nodes;

    private GradeTemplate(List<Node> nodes) {
        this.nodes = nodes;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException naming what is wrong: an unclosed tag or block, an unknown filter
     */
    public static GradeTemplate parse(String template) {
        Parser p = new Parser(template);
        List<Node> nodes = p.nodes(false);
        if (p.pos < template.length()) {
            throw new IllegalArgumentException("template: " + p.tag + " without its opening block");
        }
        return new GradeTemplate(nodes);
    }

    /**
     * The value as lines (the first may be empty).
     *
     * @param whole keeps a part from being broken across lines
     * @throws RuntimeException when the value has not the shape the template reads
     */
    public List<String> render(JsonNode value, boolean zh, Map<String, Text> labels, UnaryOperator<String> whole) {
        StringBuilder out = new StringBuilder();
        Scope scope = new Scope(zh, labels, whole);
        for (Node n : nodes) {
            n.render(value, scope, out);
        }
        return List.of(out.toString().split(String.valueOf(LINE), -1));
    }

    private record Scope(boolean zh, Map<String, Text> labels, UnaryOperator<String> whole) {
    }

    private interface Node {
        void render(JsonNode current, Scope scope, StringBuilder out);
    }

    private record Literal(String text) implements Node {
        @Override
        public void render(JsonNode current, Scope scope, StringBuilder out) {
            out.append(text);
        }
    }

    private record Insert(Expr expr) implements Node {
        @Override
        public void render(JsonNode current, Scope scope, StringBuilder out) {
            Object v = expr.eval(current, scope);
            if (v instanceof JsonNode n && n.isMissingNode()) {
                throw new IllegalArgumentException("no " + expr.path);
            }
            out.append(asString(v, scope.zh));
        }
    }

    private record If(Condition cond, boolean negated, List<Node> then, List<Node> otherwise) implements Node {
        @Override
        public void render(JsonNode current, Scope scope, StringBuilder out) {
            for (Node n : cond.holds(current, scope) != negated ? then : otherwise) {
                n.render(current, scope, out);
            }
        }
    }

    private record Each(Expr list, List<Node> body, List<Node> separator) implements Node {
        @Override
        public void render(JsonNode current, Scope scope, StringBuilder out) {
            Object v = list.eval(current, scope);
            if (!(v instanceof JsonNode n) || n.isMissingNode() || n.isNull()) {
                return;
            }
            requireArray(n);
            boolean first = true;
            for (JsonNode element : n) {
                if (!first) {
                    separator.forEach(s -> s.render(current, scope, out));
                }
                first = false;
                body.forEach(b -> b.render(element, scope, out));
            }
        }
    }

    private record Whole(List<Node> body) implements Node {
        @Override
        public void render(JsonNode current, Scope scope, StringBuilder out) {
            StringBuilder part = new StringBuilder();
            body.forEach(b -> b.render(current, scope, part));
            out.append(scope.whole.apply(part.toString()));
        }
    }

    /** A path through filters. */
    private record Expr(String path, List<String[]> filters) {
        Object eval(JsonNode current, Scope scope) {
            Object v = resolve(current, path);
            for (String[] f : filters) {
                v = filter(f[0], f[1], v, scope);
            }
            return v;
        }
    }

    private record Condition(Expr left, String op, Expr rightPath, JsonNode rightLiteral) {
        boolean holds(JsonNode current, Scope scope) {
            Object l = left.eval(current, scope);
            if (op == null) {
                return truthy(l);
            }
            Object r = rightPath != null ? rightPath.eval(current, scope) : rightLiteral;
            return same(l, r, scope.zh) == op.equals("=");
        }
    }

    private static Object resolve(JsonNode current, String path) {
        if (path.equals(".")) {
            return current;
        }
        JsonNode n = current;
        for (String key : path.split("\\.")) {
            n = n.path(key);
        }
        return n;
    }

    private static Object filter(String name, String arg, Object v, Scope scope) {
        return switch (name) {
            case "colour" -> colour(node(v), scope.zh);
            case "label" -> {
                JsonNode n = present(v);
                Text t = scope.labels.get(n.asText());
                yield t == null ? scalar(n, scope.zh) : t.in(scope.zh ? dev.safegrade.Language.ZH : dev.safegrade.Language.EN);
            }
            case "join" -> {
                JsonNode n = requireArray(present(v));
                List<String> each = new ArrayList<>();
                n.forEach(e -> each.add(scalar(e, scope.zh)));
                yield String.join(arg, each);
            }
            case "or" -> {
                String s = asString(v, scope.zh);
                yield s.isEmpty() ? arg : s;
            }
            case "count" -> {
                JsonNode n = requireArray(present(v));
                int eq = arg.indexOf('=');
                String key = arg.substring(0, eq);
                JsonNode literal = literal(arg.substring(eq + 1));
                int count = 0;
                for (JsonNode e : n) {
                    count += same(e.path(key), literal, scope.zh) ? 1 : 0;
                }
                yield IntNode.valueOf(count);
            }
            case "size" -> IntNode.valueOf(requireArray(present(v)).size());
            case "text" -> {
                JsonNode n = node(v);
                yield TextNode.valueOf(n.path(scope.zh ? "zh" : "en").asText(""));
            }
            case "ranges" -> ranges(requireArray(present(v)));
            default -> throw new IllegalStateException(name);
        };
    }

    private static final List<String> FILTERS = List.of("colour", "label", "join", "or", "count", "size", "text", "ranges");

    private static JsonNode node(Object v) {
        return v instanceof JsonNode n ? n : TextNode.valueOf(String.valueOf(v));
    }

    private static JsonNode present(Object v) {
        JsonNode n = node(v);
        if (n.isMissingNode() || n.isNull()) {
            throw new IllegalArgumentException("no value");
        }
        return n;
    }

    private static JsonNode requireArray(JsonNode n) {
        if (!n.isArray()) {
            throw new IllegalArgumentException("not a list");
        }
        return n;
    }

    private static boolean truthy(Object v) {
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        JsonNode n = (JsonNode) v;
        if (n.isMissingNode() || n.isNull() || n.isBoolean() && !n.asBoolean()) {
            return false;
        }
        return n.isContainerNode() ? !n.isEmpty() : !(n.isTextual() && n.asText().isEmpty());
    }

    private static boolean same(Object a, Object b, boolean zh) {
        JsonNode x = node(a);
        JsonNode y = node(b);
        boolean xNone = x.isMissingNode() || x.isNull();
        boolean yNone = y.isMissingNode() || y.isNull();
        if (xNone || yNone) {
            return xNone && yNone;
        }
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        if (x.isBoolean() || y.isBoolean()) {
            return x.isBoolean() && y.isBoolean() && x.asBoolean() == y.asBoolean();
        }
        return x.isValueNode() && y.isValueNode() && x.asText().equals(y.asText());
    }

    private static JsonNode literal(String s) {
        return switch (s) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            case "null" -> NullNode.instance;
            default -> {
                try {
                    yield DecimalNode.valueOf(new BigDecimal(s));
                } catch (NumberFormatException notANumber) {
                    yield TextNode.valueOf(s);
                }
            }
        };
    }

    private static String asString(Object v, boolean zh) {
        return v instanceof String s ? s : scalar((JsonNode) v, zh);
    }

    /** A number as JSON writes it (plain, no exponent), a boolean in words, null as "-". */
    public static String scalar(JsonNode v, boolean zh) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "-";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? (zh ? "是" : "yes") : (zh ? "否" : "no");
        }
        if (v.isBigDecimal() || v.isDouble() || v.isFloat()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.asText();
    }

    /** A four-colour level with its name: {@code RED 重大风险}; null as "-". */
    public static String colour(JsonNode c, boolean zh) {
        if (c == null || c.isNull() || c.isMissingNode()) {
            return "-";
        }
        RiskColor color = RiskColor.valueOf(c.asText());
        return color.name() + " " + (zh ? color.label().zh() : color.label().en());
    }

    /** Row numbers with runs shortened: 1, 3–5. */
    static String ranges(JsonNode rows) {
        List<String> out = new ArrayList<>();
        List<Integer> n = new ArrayList<>();
        rows.forEach(r -> n.add(r.asInt()));
        for (int i = 0; i < n.size(); ) {
            int j = i;
            while (j + 1 < n.size() && n.get(j + 1) == n.get(j) + 1) {
                j++;
            }
            out.add(j > i + 1 ? n.get(i) + "–" + n.get(j) : j == i + 1 ? n.get(i) + ", " + n.get(j) : String.valueOf(n.get(i)));
            i = j + 1;
        }
        return String.join(", ", out);
    }

    private static final class Parser {
        private final String s;
        private int pos;
        /** The closing tag that ended the last block: {@code /}, {@code :} or {@code ,}. */
        private String tag;

        Parser(String s) {
            this.s = s;
        }

        /** Nodes up to the end, or (inside a block) up to a closing tag, which is left in {@link #tag}. */
        List<Node> nodes(boolean inBlock) {
            List<Node> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            tag = null;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    text.append(LINE);
                    pos++;
                    continue;
                }
                if (c != '{') {
                    text.append(c);
                    pos++;
                    continue;
                }
                if (s.startsWith("{{", pos)) {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                int end = s.indexOf('}', pos);
                if (end < 0) {
                    throw new IllegalArgumentException("template: unclosed { at " + pos);
                }
                String inside = s.substring(pos + 1, end);
                pos = end + 1;
                if (inside.equals("/") || inside.equals(":") || inside.equals(",")) {
                    if (!inBlock) {
                        throw new IllegalArgumentException("template: {" + inside + "} outside a block");
                    }
                    flush(text, out);
                    tag = inside;
                    return out;
                }
                flush(text, out);
                out.add(tag(inside));
            }
            if (inBlock) {
                throw new IllegalArgumentException("template: a block is not closed with {/}");
            }
            flush(text, out);
            return out;
        }

        private Node tag(String inside) {
            if (inside.isEmpty()) {
                throw new IllegalArgumentException("template: empty {}");
            }
            char kind = inside.charAt(0);
            switch (kind) {
                case '?', '!' -> {
                    Condition cond = condition(inside.substring(1));
                    List<Node> then = nodes(true);
                    List<Node> otherwise = List.of();
                    if (tag.equals(":")) {
                        otherwise = nodes(true);
                    }
                    expectClose(",", "{,} in a condition");
                    return new If(cond, kind == '!', then, otherwise);
                }
                case '*' -> {
                    Expr list = expr(inside.substring(1));
                    List<Node> body = nodes(true);
                    List<Node> separator = List.of();
                    if (tag.equals(",")) {
                        separator = nodes(true);
                    }
                    expectClose(":", "{:} in a list");
                    return new Each(list, body, separator);
                }
                case '~' -> {
                    if (inside.length() > 1) {
                        throw new IllegalArgumentException("template: {~} takes nothing");
                    }
                    List<Node> body = nodes(true);
                    expectClose(":", "{:} or {,} in {~}");
                    return new Whole(body);
                }
                default -> {
                    return new Insert(expr(inside));
                }
            }
        }

        private void expectClose(String wrong, String what) {
            if (!tag.equals("/")) {
                throw new IllegalArgumentException("template: " + what + (wrong.equals(tag) ? "" : " (" + tag + ")"));
            }
        }

        private static Condition condition(String text) {
            int at = -1;
            int depth = 0;
            for (int i = 0; i < text.length() && at < 0; i++) {
                char c = text.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (c == '=' && depth == 0) {
                    at = i > 0 && text.charAt(i - 1) == '!' ? i - 1 : i;
                }
            }
            if (at < 0) {
                return new Condition(expr(text), null, null, null);
            }
            String op = text.charAt(at) == '!' ? "!=" : "=";
            String right = text.substring(at + op.length());
            Expr left = expr(text.substring(0, at));
            return right.startsWith("@") ? new Condition(left, op, expr(right.substring(1)), null)
                    : new Condition(left, op, null, literal(right));
        }

        private static Expr expr(String text) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    parts.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(text.substring(start));
            String path = parts.get(0);
            if (path.isEmpty() || !path.matches("\\.|[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*")) {
                throw new IllegalArgumentException("template: '" + path + "' is not a path");
            }
            List<String[]> filters = new ArrayList<>();
            for (String f : parts.subList(1, parts.size())) {
                int open = f.indexOf('(');
                String name = open < 0 ? f : f.substring(0, open);
                String arg = open < 0 ? "" : f.substring(open + 1, f.length() - 1);
                if (!FILTERS.contains(name) || open >= 0 && !f.endsWith(")")) {
                    throw new IllegalArgumentException("template: unknown filter '" + f + "' (known: " + String.join(", ", FILTERS) + ")");
                }
                if (name.equals("count") && !arg.contains("=")) {
                    throw new IllegalArgumentException("template: count(KEY=LITERAL), found count(" + arg + ")");
                }
                filters.add(new String[] {name, arg});
            }
            return new Expr(path, filters);
        }

        private static void flush(StringBuilder text, List<Node> out) {
            if (!text.isEmpty()) {
                out.add(new Literal(text.toString()));
                text.setLength(0);
            }
        }
    }
}
