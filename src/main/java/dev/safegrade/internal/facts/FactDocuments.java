package dev.safegrade.internal.facts;

import dev.safegrade.FactDocument;
import java.util.function.Function;

/**
 * Makes {@link FactDocument}s from bytes that start on a given line of their file (one NDJSON line), so that problems
 * give the file's own line numbers: what the CLI's batch mode needs, kept out of the public API. {@code FactDocument}
 * hands its constructor over when its class is initialised.
 */
public final class FactDocuments {
    private static volatile Function<ParsedFacts, FactDocument> wrap;

    private FactDocuments() {
    }

    /** Called once, by {@code FactDocument}'s static initialiser; later calls change nothing. */
    public static synchronized void wrapWith(Function<ParsedFacts, FactDocument> constructor) {
        if (wrap == null) {
            wrap = constructor;
        }
    }

    /**
     * @param firstLine the line the document starts on in its file: 1 for a file, the line number in NDJSON
     * @throws dev.safegrade.InvalidFactsException as {@code FactDocument.parse} does
     */
    public static FactDocument parse(byte[] utf8, String source, int firstLine) {
        ParsedFacts parsed = FactReader.read(utf8, source, firstLine);
        if (wrap == null) {
            try {
                Class.forName(FactDocument.class.getName(), true, FactDocument.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return wrap.apply(parsed);
    }
}
