package dev.safegrade.internal.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.safegrade.InputProblem;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.json.JsonLocator;
import dev.safegrade.internal.json.TextPlaces;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what Jackson found wrong with the JSON text. Jackson's messages name its classes, features and
 * the source buffer ({@code [Source: (byte[])"…"]}); a person needs what was expected there and what was found.
 */
public final class JsonSyntaxProblem {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\(.*?code (\\d+)\\)\\)(.*)$", Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'.*");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern CONTROL_CHAR = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.*?)' \\(code (\\d+)\\).*", Pattern.DOTALL);
    private static final Pattern LIMIT = Pattern.compile(
            "^(Document nesting depth|Number value length|String value length|Name length) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);
    private static final String ANY_VALUE = "a value: a string in double quotes, a number, an object, an array, true, false or null";

    private JsonSyntaxProblem() {
    }

    /** Whether the parser stopped at bytes that are not UTF-8 (the problem is then told as {@link NotUtf8}'s). */
    static boolean isEncoding(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return msg.startsWith("Invalid UTF-8") || msg.startsWith("Invalid UTF-32");
    }

    /**
     * Where the parser stopped and what it expected there, quoting nothing of the text: "not valid JSON at line L,
     * column C: expected …". For files whose contents must not come back in a message (a pack's files, which may be
     * anything a manifest points at).
     */
    public static String withoutContents(JsonProcessingException e, byte[] bytes) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (isEncoding(e)) {
            return "not UTF-8 text";
        }
        JsonStreamContext open = e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null;
        TextPlaces places = TextPlaces.of(bytes);
        JsonLocation loc = e.getLocation();
        String where = "";
        if (loc != null && loc.getLineNr() > 0) {
            JsonLocator.Location at = places.place(loc.getLineNr(), loc.getColumnNr());
            where = " at line " + at.line() + ", column " + at.column();
        }
        String expected = explain(e, msg, open, 1, places)[0];
        return "not valid JSON" + where + (expected.equals("valid JSON") ? "" : ": expected " + expected);
    }

    /**
     * @param firstLine the line the document starts on in its file, so that places are the file's own
     */
    static InputProblem of(JsonProcessingException e, byte[] bytes, String source, int firstLine) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonStreamContext open = null;
        String pointer = null;
        if (e.getProcessor() instanceof JsonParser p) {
            open = p.getParsingContext();
            pointer = open.pathAsPointer().toString();
        }
        if (isEncoding(e)) {
            return NotUtf8.problem(bytes, source, firstLine, pointer);
        }
        JsonLocation loc = e.getLocation();
        TextPlaces places = TextPlaces.of(bytes);
        int line;
        int column;
        if (loc != null) {
            JsonLocator.Location at = places.place(loc.getLineNr(), loc.getColumnNr());
            line = at.line() + firstLine - 1;
            column = at.column();
        } else {
            // Jackson's limits (nesting depth, number length) are told without a place: find it by reading again.
            Place at = place(bytes, firstLine);
            line = at.line();
            column = at.column();
            pointer = pointer == null ? at.pointer() : pointer;
        }
        String[] said = explain(e, msg, open, firstLine, places);
        return new InputProblem(source, line, column, pointer, said[0], said[1], said.length > 2 ? said[2] : null);
    }

    /**
     * A number Jackson read as a token but cannot hold as a value (an exponent past nine digits, {@code 1e99999999999}):
     * Jackson throws a bare {@link NumberFormatException}, with neither place nor pointer.
     */
    static InputProblem unreadableNumber(byte[] bytes, String source, int firstLine) {
        Place at = place(bytes, firstLine);
        return new InputProblem(source, at.line(), at.column(), at.pointer(), "a JSON number with an exponent of at most nine digits",
                at.number() == null ? "a number that cannot be read" : "the number " + shorten(at.number()));
    }

    /** Where reading the text fails: line (the document's first line when no place is known), column, pointer and the number read, if any. */
    private record Place(int line, int column, String pointer, String number) {
    }

    /** Reads {@code bytes} token by token, every number as the tree reader reads it, to the first failure. */
    private static Place place(byte[] bytes, int firstLine) {
        JsonParser p = null;
        try {
            p = Json.parser(bytes);
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    p.getDecimalValue();
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    p.getNumberValue();
                }
            }
            return new Place(firstLine, 0, null, null);
        } catch (IOException | NumberFormatException e) {
            if (p == null) {
                return new Place(firstLine, 0, null, null);
            }
            boolean number = e instanceof NumberFormatException;
            JsonLocation loc = number ? p.currentTokenLocation() : p.currentLocation();
            String text = null;
            if (number) {
                try {
                    text = p.getText();
                } catch (IOException ignored) {
                    // the place is enough
                }
            }
            JsonLocator.Location at = TextPlaces.of(bytes).place(loc.getLineNr(), loc.getColumnNr()); // the file's lines, not Jackson's
            return new Place(at.line() + firstLine - 1, at.column(), p.getParsingContext().pathAsPointer().toString(), text);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading bytes in memory
                }
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 20) + "…" + s.substring(s.length() - 10) + " (" + s.length() + " characters)";
    }

    /** {expected, found} or {expected, found, hint}. */
    private static String[] explain(JsonProcessingException e, String msg, JsonStreamContext open, int firstLine, TextPlaces places) {
        if (msg.startsWith("Duplicate field ")) {
            return new String[] {"each key once per object", "the key " + msg.substring("Duplicate field ".length()) + " again"};
        }
        if (e instanceof MismatchedInputException && msg.startsWith("Trailing token")) {
            return new String[] {"the end of the input after the document", "more content"};
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            if (msg.contains("in VALUE_STRING") || msg.contains("closing quote")) {
                return new String[] {"a '\"' closing the string", "the end of the input"};
            }
            String closing = closing(open, firstLine, places);
            return new String[] {"the rest of the document" + (closing == null ? "" : " and " + closing), "the end of the input"};
        }
        Matcher m = UNEXPECTED_CHAR.matcher(msg);
        if (m.matches()) {
            return unexpectedCharacter(Integer.parseInt(m.group(1)), m.group(2));
        }
        m = CLOSE_MARKER.matcher(msg);
        if (m.matches()) {
            String closing = closing(open, firstLine, places);
            return new String[] {closing == null ? "'" + m.group(2) + "'" : closing, "'" + m.group(1) + "'"};
        }
        if (msg.startsWith("Unexpected close marker")) {
            return new String[] {ANY_VALUE, "'" + msg.charAt("Unexpected close marker '".length()) + "' with nothing open to close"};
        }
        m = TOKEN.matcher(msg);
        if (m.matches()) {
            String token = m.group(1);
            if (msg.startsWith("Non-standard")) {
                return new String[] {"a JSON number (NaN and Infinity are not JSON)", token};
            }
            return new String[] {ANY_VALUE, token, "text is written in double quotes: \"" + token + "\""};
        }
        m = CONTROL_CHAR.matcher(msg);
        if (m.matches()) {
            return new String[] {"a string without raw control characters", "the control character " + codePoint(Integer.parseInt(m.group(1))) + " inside a string",
                    "write a line break inside a string as \\n and a tab as \\t"};
        }
        m = ESCAPE.matcher(msg);
        if (m.matches()) {
            return new String[] {"an escape JSON defines: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX", "\\" + m.group(1),
                    "a backslash in text is written \\\\ (e.g. C:\\\\data)"};
        }
        Matcher limit = LIMIT.matcher(msg);
        if (limit.matches()) {
            String max = limit.group(3);
            return switch (limit.group(1)) {
                case "Document nesting depth" -> new String[] {"objects and arrays nested at most " + max + " deep", "deeper nesting"};
                case "Number value length" -> new String[] {"a number of at most " + max + " characters", "a number of " + limit.group(2) + " characters"};
                default -> new String[] {"a string or key of at most " + max + " characters", "one of " + limit.group(2) + " characters"};
            };
        }
        if (msg.startsWith("Invalid numeric value: ")) {
            return new String[] {"a JSON number", "an invalid number (" + lowerFirst(msg.substring("Invalid numeric value: ".length())) + ")"};
        }
        return new String[] {"valid JSON", plain(msg)};
    }

    private static String[] unexpectedCharacter(int code, String rest) {
        String found = code < 0x20 || code == 0x7f ? "the control character " + codePoint(code) : "'" + Character.toString(code) + "'";
        String hint = code == '\'' ? "JSON strings and keys are written in double quotes" : null;
        String expected;
        if (rest.startsWith(": was expecting double-quote to start field name")) {
            expected = "a key in double quotes";
            if (code == '}') {
                hint = "JSON allows no comma before '}'";
            } else if (hint == null && Character.isLetter(code)) {
                hint = "keys are written in double quotes: {\"name\": …}";
            }
        } else if (rest.startsWith(": was expecting a colon")) {
            expected = "a colon between the key and its value";
        } else if (rest.startsWith(": was expecting comma to separate Object entries")) {
            expected = "a comma or '}' after a value in an object";
        } else if (rest.startsWith(": was expecting comma to separate Array entries")) {
            expected = "a comma or ']' after a value in an array";
        } else if (rest.startsWith(": maybe a (non-standard) comment")) {
            expected = "JSON without comments";
            found = "a comment starting with '/'";
        } else if (rest.startsWith(" in numeric value: ")) {
            String why = rest.substring(" in numeric value: ".length());
            if (why.startsWith("expected digit")) {
                expected = "a digit after '-'";
            } else if (why.startsWith("Decimal point")) {
                expected = "a digit after the decimal point";
            } else if (why.startsWith("Exponent")) {
                expected = "a digit in the exponent";
            } else if (why.contains("plus sign")) {
                expected = "a number without a '+' sign";
            } else {
                expected = "a JSON number";
            }
            found = found + " in a number";
        } else {
            expected = ANY_VALUE;
            if (code == ']' || code == '}') {
                hint = "JSON allows no comma before '" + Character.toString(code) + "'";
            }
        }
        return new String[] {expected, found, hint};
    }

    /** "'}' closing the object opened at line L, column C" for the innermost object or array still open, or null. */
    private static String closing(JsonStreamContext open, int firstLine, TextPlaces places) {
        for (JsonStreamContext c = open; c != null; c = c.getParent()) {
            if (c.inObject() || c.inArray()) {
                JsonLocation start = c.startLocation(ContentReference.unknown());
                String what = c.inObject() ? "'}' closing the object" : "']' closing the array";
                if (start == null) {
                    return what;
                }
                JsonLocator.Location at = places.place(start.getLineNr(), start.getColumnNr());
                return what + " opened at line " + (at.line() + firstLine - 1) + ", column " + at.column();
            }
        }
        return null;
    }

    private static String codePoint(int code) {
        return String.format("U+%04X", code) + (code == '\n' ? " (line feed)" : code == '\t' ? " (tab)" : code == '\r' ? " (carriage return)" : "");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Whatever Jackson said, without its buffer excerpts, class names or feature switches. */
    private static String plain(String msg) {
        return msg.replaceAll("\\s*\\(?(for \\w+ starting|start marker) at \\[Source:.*?]\\)?", "")
                .replaceAll("\\[Source:.*?]", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\s+", " ").trim();
    }
}
