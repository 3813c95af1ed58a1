package dev.safegrade;

import java.util.Locale;

/** The languages reports are written in. */
public enum Language {
    ZH, EN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
