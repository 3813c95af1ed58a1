package dev.safegrade;

import java.util.Objects;

/** A text in Chinese and English; every title and message in a report has both. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /**
     * {@code s} safe to print for a person: every control character (ESC, CR, LF, BEL …, Unicode category Cc) and
     * bidirectional control (U+202A–202E, U+2066–2069) is shown as a backslash, u and four hex digits (ESC as
     * {@code \\u001b}), so that a name in the input can neither move the cursor, clear the screen, start a line of its
     * own that looks like a finding, nor reorder what is shown. Every human-readable format goes through it.
     */
    public static String visible(String s) {
        if (s == null || s.chars().noneMatch(Text::hidden)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (hidden(cp)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean hidden(int cp) {
        return Character.isISOControl(cp) || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069;
    }
}
