package dev.safegrade.internal.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.safegrade.internal.facts.JsonSyntaxProblem;
import dev.safegrade.internal.files.ConfinedFile;
import dev.safegrade.internal.json.Json;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.json.JsonLocator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A JSON file of a pack read for linting: its tree and where each pointer stands, or why it could not be read.
 *
 * @param tree  the document, or a missing node when it could not be read
 * @param error what went wrong reading it, or null
 * @param errorLine the line of the error, or 0
 */
record JsonFile(String file, JsonNode tree, JsonLocator locator, String error, int errorLine) {

    static JsonFile read(Path dir, String file) {
        byte[] bytes;
        try {
            bytes = ConfinedFile.read(dir, null, file, PackLoader.MAX_FILE_BYTES); // as the loader reads it
        } catch (ConfinedFile.Refused e) {
            return new JsonFile(file, MissingNode.getInstance(), null, e.outside() ? "expected a file inside the pack folder, found " + e.found()
                    : "cannot read the file: " + e.found(), 0);
        }
        try {
            JsonNode tree = Json.mapper().readTree(bytes);
            if (tree == null) {
                return new JsonFile(file, MissingNode.getInstance(), null, "the file is empty", 0);
            }
            return new JsonFile(file, tree, JsonLocator.of(bytes), null, 0);
        } catch (JsonProcessingException e) {
            // Placed and told without quoting the text (JsonSyntaxProblem): a pack's files may be anything.
            return new JsonFile(file, MissingNode.getInstance(), null, JsonSyntaxProblem.withoutContents(e, bytes), 0);
        } catch (IOException e) {
            return new JsonFile(file, MissingNode.getInstance(), null, "not UTF-8 text", 0);
        }
    }

    boolean readable() {
        return error == null;
    }

    /** The line of the value at the pointer (or of its nearest ancestor), 0 when unknown. */
    int line(String pointer) {
        if (locator == null) {
            return errorLine;
        }
        JsonLocator.Location l = locator.find(pointer);
        return l == null ? 0 : l.line();
    }
}
