package dev.safegrade.internal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills text into lines of at most a given display width. Lines break at spaces, between CJK characters and
 * around CJK punctuation, never inside a run of other characters, so a number, a rule id, a date or a JSON Pointer
 * stays whole (with the CJK characters next to it: 第1.1项); never before
 * closing punctuation (，。）” …) or after opening punctuation (（“《 …). {@link #whole} marks text that must not
 * break at all (a name, a confidence marker); it is written as given. A single run wider than a line is cut (the
 * width is a promise).
 */
final class Wrap {
    /** A no-break space: holds its neighbours together, written as a plain space. */
    private static final char KEEP = '\u00A0';
    /** The word joiner: no break on either side, written as nothing. */
    private static final char JOIN = '\u2060';
    private static final String CLOSING = ",.;:!?)]}%、。，．；：！？）］｝〕〉》」』】〗〙〛”’…・";
    private static final String OPENING = "([{（［｛〔〈《「『【〖〘〚“‘";

    private Wrap() {
    }

    /** {@code s} kept on one line when wrapped (unless it is wider than a line). */
    static String whole(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (b.length() > 0) {
                b.append(JOIN);
            }
            b.appendCodePoint(cp == ' ' ? KEEP : cp);
        });
        return b.toString();
    }

    /** {@code text} on lines of at most {@code width} columns: the first after {@code first}, the others after {@code rest}. */
    static List<String> lines(String text, int width, String first, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int lineWidth = DisplayWidth.of(first);
        boolean empty = true; // nothing but the indent on this line yet
        for (String run : runs(text)) {
            String word = run.stripTrailing();
            int w = DisplayWidth.of(word);
            if (!empty && lineWidth + w > width) {
                out.add(line.toString().stripTrailing());
                line = new StringBuilder(rest);
                lineWidth = DisplayWidth.of(rest);
                empty = true;
            }
            if (lineWidth + w > width) { // wider than a whole line: cut it
                for (int i = 0; i < run.length(); ) {
                    int cp = run.codePointAt(i);
                    if (!empty && lineWidth + DisplayWidth.of(cp) > width && cp != ' ') {
                        out.add(line.toString().stripTrailing());
                        line = new StringBuilder(rest);
                        lineWidth = DisplayWidth.of(rest);
                    }
                    line.appendCodePoint(cp);
                    lineWidth += DisplayWidth.of(cp);
                    empty = false;
                    i += Character.charCount(cp);
                }
                continue;
            }
            line.append(run);
            lineWidth += DisplayWidth.of(run);
            empty = false;
        }
        out.add(line.toString().stripTrailing());
        return out.stream().map(l -> l.replace(KEEP, ' ').replace(String.valueOf(JOIN), "")).toList();
    }

    /** The text cut at every place a line may break; each piece keeps the spaces that follow it. */
    static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (prev >= 0 && breakBetween(prev, cp)) {
                runs.add(text.substring(start, i));
                start = i;
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            runs.add(text.substring(start));
        }
        return runs;
    }

    private static boolean breakBetween(int before, int after) {
        if (after == ' ') {
            return false; // spaces stay with the run before them
        }
        if (before == ' ') {
            return true;
        }
        if (before == KEEP || after == KEEP || before == JOIN || after == JOIN || CLOSING.indexOf(after) >= 0 || OPENING.indexOf(before) >= 0) {
            return false;
        }
        boolean wideBefore = DisplayWidth.isWide(before);
        boolean wideAfter = DisplayWidth.isWide(after);
        // between two CJK characters, after CJK punctuation (、，), before a CJK opening bracket; not between a CJK
        // character and a digit or letter, so 第1.1项 and 在10人 stay together
        return wideBefore && wideAfter || wideBefore && CLOSING.indexOf(before) >= 0 || wideAfter && OPENING.indexOf(after) >= 0;
    }
}
