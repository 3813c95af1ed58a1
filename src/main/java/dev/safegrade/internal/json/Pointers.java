package dev.safegrade.internal.json;

/** RFC 6901 JSON Pointer helpers. */
public final class Pointers {
    private Pointers() {
    }

    /** Appends one reference token, escaping '~' and '/'. */
    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
