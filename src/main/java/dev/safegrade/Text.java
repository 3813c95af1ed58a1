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
     * {@code s} safe to print for a person: every control character (ESC, CR, LF, BEL …, Unicode category Cc) is
     * shown as a backslash, u and four hex digits (ESC as {@code \\u001b}), so that a name in the input can neither
     * move the cursor, clear the screen nor start a line of its own that looks like a finding. Every human-readable
     * format goes through it.
     */
    public static String visible(String s) {
        if (s == null || s.chars().noneMatch(Character::isISOControl)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
