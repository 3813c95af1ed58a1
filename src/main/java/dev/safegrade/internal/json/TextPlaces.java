package dev.safegrade.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the places Jackson gives into the places a person finds in the file. Jackson starts a line at every line
 * break JSON allows in whitespace, a lone CR included, and counts columns in bytes; a file's lines (and an NDJSON
 * batch's, which the reader splits at LF only) end at LF, and an editor counts columns in characters. A lone CR inside
 * a batch line would otherwise move every later problem to the next line, and Chinese text before a problem would move
 * it three columns per character.
 */
public final class TextPlaces {
    private final byte[] bytes;
    private int[] jacksonRows; // where each of Jackson's rows starts (after LF, CRLF or a lone CR)
    private int[] lines; // where each line starts (after LF)

    private TextPlaces(byte[] bytes) {
        this.bytes = bytes;
    }

    public static TextPlaces of(byte[] bytes) {
        return new TextPlaces(bytes);
    }

    /**
     * The 1-based line (lines end at LF) and column (characters from the line's start, a leading byte-order mark not
     * counted) of Jackson's 1-based row and byte column; as given when they do not fall in the text.
     */
    public JsonLocator.Location place(int jacksonLine, int jacksonColumn) {
        if (jacksonLine < 1 || jacksonColumn < 1) {
            return new JsonLocator.Location(jacksonLine, jacksonColumn);
        }
        int[] rows = jacksonRows();
        if (jacksonLine > rows.length) {
            return new JsonLocator.Location(jacksonLine, jacksonColumn);
        }
        long offset = Math.min((long) rows[jacksonLine - 1] + jacksonColumn - 1, bytes.length);
        return at((int) offset);
    }

    /** The 1-based line and character column of a byte offset. */
    public JsonLocator.Location at(int offset) {
        int[] starts = lines();
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        int start = starts[line];
        if (line == 0 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = Math.min(3, offset);
        }
        return new JsonLocator.Location(line + 1, characters(start, offset) + 1);
    }

    private int characters(int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        return ascii ? to - from : new String(bytes, from, to - from, StandardCharsets.UTF_8).length();
    }

    private int[] jacksonRows() {
        if (jacksonRows == null) {
            jacksonRows = starts(true);
        }
        return jacksonRows;
    }

    private int[] lines() {
        if (lines == null) {
            lines = starts(false);
        }
        return lines;
    }

    /** Where each line starts: after LF (and CRLF), and with {@code loneCr} after a lone CR too, as Jackson counts. */
    private int[] starts(boolean loneCr) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < bytes.length; i++) {
            int next = -1;
            if (bytes[i] == '\n') {
                next = i + 1;
            } else if (loneCr && bytes[i] == '\r') {
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                next = i + 1;
            }
            if (next >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = next;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
