package dev.safegrade;

import dev.safegrade.internal.engine.WaiverChecks;
import dev.safegrade.internal.facts.Unreadable;
import dev.safegrade.internal.facts.WaiversReader;
import dev.safegrade.internal.json.JsonLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A waivers file (waivers-v1, {@code safegrade schema waivers}), read and checked; give it to
 * {@link SafeGrade.Builder#waivers(Waivers)}, which also checks each rule exists and may be waived.
 */
public final class Waivers {
    private final String source;
    private final List<Waiver> list;
    private final JsonLocator locator;

    private Waivers(String source, List<Waiver> list, JsonLocator locator) {
        this.source = source;
        this.list = list;
        this.locator = locator;
    }

    /** @throws InvalidWaiversException when the file cannot be read or is not waivers-v1 */
    public static Waivers parse(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new InvalidWaiversException(List.of(new InputProblem(file.toString(), 0, 0, null, "a readable waivers file",
                    Unreadable.why(file, e))));
        }
    }

    /** @throws InvalidWaiversException when the text is not waivers-v1 */
    public static Waivers parse(String json, String source) {
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    private static Waivers parse(byte[] bytes, String source) {
        return new Waivers(source, WaiversReader.read(bytes, source), JsonLocator.of(bytes));
    }

    /** No waivers. */
    public static Waivers none() {
        return new Waivers("", List.of(), null);
    }

    /** Where they were read from, as problems name it. */
    public String source() {
        return source;
    }

    public List<Waiver> list() {
        return list;
    }

    /** A problem the packs found with a waiver, located in this file. */
    InputProblem locate(WaiverChecks.Problem p) {
        String pointer = "/waivers/" + p.index() + "/" + p.key();
        JsonLocator.Location at = locator == null ? null : locator.find(pointer);
        return new InputProblem(source, at == null ? 0 : at.line(), at == null ? 0 : at.column(), pointer, p.expected(), p.found(), p.hint());
    }
}
