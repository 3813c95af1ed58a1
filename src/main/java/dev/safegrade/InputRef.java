package dev.safegrade;

import java.util.Objects;

/**
 * The input a report was made from.
 *
 * @param source the file as the user named it, {@code -} for standard input, {@code file:line} in a batch
 * @param digest {@code sha256:} of the document's bytes
 */
public record InputRef(String source, String digest) {
    public InputRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(digest, "digest");
    }
}
