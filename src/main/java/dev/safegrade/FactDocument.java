package dev.safegrade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.facts.FactDocuments;
import dev.safegrade.internal.facts.FactReader;
import dev.safegrade.internal.facts.MemberFiles;
import dev.safegrade.internal.facts.ParsedFacts;
import dev.safegrade.internal.facts.Unreadable;
import dev.safegrade.internal.json.JsonLocator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A facts-v1 document that passed the contract's checks: strict JSON, the shipped JSON Schema, and the
 * checks a schema cannot express. Immutable and safe to evaluate from several threads.
 *
 * @see <a href="../../../../../shared/spec/facts-v1.md">facts-v1</a>
 */
public final class FactDocument {
    static {
        FactDocuments.wrapWith(FactDocument::new); // for the CLI's NDJSON lines, which start on a line of their file
    }

    private final ParsedFacts parsed;
    private volatile JsonLocator locator; // made on first use: only reports that point into the file need it

    private FactDocument(ParsedFacts parsed) {
        this.parsed = parsed;
    }

    /** Reads a file; problems name the file as given. */
    public static FactDocument parse(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new InvalidFactsException(InvalidFactsException.Kind.UNREADABLE,
                    List.of(new InputProblem(file.toString(), 0, 0, null, "a readable fact file", Unreadable.why(file, e))));
        }
    }

    /** Reads a stream to its end; {@code source} names it in problems and in the report. */
    public static FactDocument parse(InputStream in, String source) {
        try {
            return parse(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text; {@code source} names it in problems and in the report. */
    public static FactDocument parse(String json, String source) {
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /** Parses the UTF-8 bytes of a whole file. */
    private static FactDocument parse(byte[] utf8, String source) {
        return new FactDocument(FactReader.read(utf8, source, 1));
    }

    public String source() {
        return parsed.source();
    }

    /** {@code sha256:} of the document's bytes. */
    public String digest() {
        return parsed.digest();
    }

    /** The document's own {@code asOf}, if it has one. */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(parsed.model().getAsOf());
    }

    /** The document's own {@code profile}, if it names one. */
    public Optional<String> profile() {
        return Optional.ofNullable(parsed.model().getProfile());
    }

    /** {@code enterprise} or {@code park}. */
    public String subjectKind() {
        return parsed.model().getEnterprise() != null ? "enterprise" : "park";
    }

    /**
     * For a park: the fact files of its member enterprises as the document lists them ({@code park.members}),
     * relative to the park file; empty for an enterprise or a park without the list.
     */
    public List<String> memberFiles() {
        var park = parsed.model().getPark();
        return park == null ? List.of() : park.getMembers().stream().map(m -> m.getFacts()).toList();
    }

    /**
     * For a park: its member enterprises' documents, parsed from the files it lists, resolved against {@code dir}
     * (the park file's folder; {@code null} or empty for the working directory), each of them inside that folder
     * ({@link #members(Path, Path)}).
     *
     * @throws InvalidFactsException when a member file is missing or invalid: each problem is told at the park's
     *                               {@code /park/members/N/facts} and names the member file's own place of it
     */
    public List<FactDocument> members(Path dir) {
        return members(dir, null);
    }

    /**
     * For a park: its member enterprises' documents, parsed from the files it lists, resolved against {@code dir} (the
     * park file's folder) and each confined to {@code root}: a path that leaves it (absolute, {@code ..}, a link
     * resolving outside), names no regular file, or a file over {@link dev.safegrade.internal.facts.MemberFiles#MAX_BYTES}
     * is refused, and no problem quotes what a member file holds.
     *
     * @param root the folder member files must lie in ({@code null}: {@code dir}, the park file's own folder)
     * @throws InvalidFactsException when a member file is refused, missing or invalid
     */
    public List<FactDocument> members(Path dir, Path root) {
        return MemberFiles.read(parsed, dir, root, null).stream().map(FactDocument::new).toList();
    }

    /**
     * Where the value at {@code pointer} (a finding's path) stands in the file, or its nearest ancestor that does;
     * empty when the document was not read from text that locates it.
     */
    public Optional<SourcePosition> position(String pointer) {
        JsonLocator l = locator;
        if (l == null) {
            l = JsonLocator.of(parsed.bytes());
            locator = l;
        }
        JsonLocator.Location at = l.find(pointer);
        return at == null ? Optional.empty() : Optional.of(new SourcePosition(at.line() + parsed.firstLine() - 1, at.column()));
    }

    /**
     * What the four-colour map can draw: the enterprise's risk points ({@code /enterprise/riskPoints}) in document
     * order, each with its {@code map} rectangle when the document gives one; empty for a park (facts-v1 places
     * neither units nor park members on a plan).
     */
    public List<MapShape> mapShapes() {
        JsonNode points = parsed.tree().path("enterprise").path("riskPoints");
        List<MapShape> shapes = new ArrayList<>();
        for (JsonNode p : points) {
            String id = p.path("id").asText();
            JsonNode m = p.get("map");
            Optional<MapShape.Rect> rect = m == null || !m.isObject() ? Optional.empty()
                    : Optional.of(new MapShape.Rect(m.path("x").asDouble(), m.path("y").asDouble(),
                            m.path("width").asDouble(), m.path("height").asDouble()));
            shapes.add(new MapShape("riskPoint", id, p.hasNonNull("name") ? p.get("name").asText() : id,
                    p.hasNonNull("unit") ? Optional.of(p.get("unit").asText()) : Optional.empty(), rect));
        }
        return List.copyOf(shapes);
    }

    /** The document as compact JSON (a copy; the document itself cannot be changed). */
    public String toJson() {
        return parsed.tree().toString();
    }

    ParsedFacts parsed() {
        return parsed;
    }
}
