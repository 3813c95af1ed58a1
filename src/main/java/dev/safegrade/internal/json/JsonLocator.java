package dev.safegrade.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps JSON Pointers to the line and column where they stand in the source text. Only built when a
 * document has problems to report, so valid documents never pay for it.
 */
public final class JsonLocator {
    /** A 1-based line and column. */
    public record Location(int line, int column) {
    }

    private final Map<String, Location> locations = new HashMap<>();
    private final TextPlaces places;

    private JsonLocator(byte[] json) {
        this.places = TextPlaces.of(json);
    }

    /** Locates every value (and, for object members, its key) of a syntactically valid document. */
    public static JsonLocator of(byte[] json) {
        JsonLocator locator = new JsonLocator(json);
        try (JsonParser p = Json.parser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (t == JsonToken.FIELD_NAME) {
                        // The key's own position: where a reader looks for "unknown key" or "wrong value".
                        locator.locations.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), at(p.currentTokenLocation()));
                    }
                    continue;
                }
                locator.locations.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), at(p.currentTokenLocation()));
            }
        } catch (IOException e) {
            // Only called on documents Jackson already parsed; keep what was located.
        }
        return locator;
    }

    /**
     * The location of the pointer, or of its nearest located ancestor; null when nothing is known. Lines end at LF (a
     * lone CR, JSON whitespace, starts none), columns count characters ({@link TextPlaces}).
     */
    public Location find(String pointer) {
        String p = pointer;
        while (p != null) {
            Location l = locations.get(p);
            if (l != null) {
                return places.place(l.line(), l.column());
            }
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? null : p.substring(0, slash);
        }
        return null;
    }

    private static Location at(JsonLocation l) {
        return new Location(l.getLineNr(), l.getColumnNr());
    }
}
