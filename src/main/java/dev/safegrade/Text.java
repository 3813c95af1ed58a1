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
}
