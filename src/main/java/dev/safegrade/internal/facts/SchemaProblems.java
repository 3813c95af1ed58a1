package dev.safegrade.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.safegrade.internal.json.SchemaErrors;
import java.util.List;

/** Turns the validator's errors into "expected … found …" problems a person can act on (see {@link SchemaErrors}). */
final class SchemaProblems {
    private SchemaProblems() {
    }

    static void addAll(List<Error> errors, ProblemCollector out) {
        for (Error e : SchemaErrors.specific(errors)) {
            SchemaErrors.Worded w = SchemaErrors.word(e, "only the keys facts-v1 defines here");
            String hint = SchemaErrors.isUnknownKey(e)
                    ? KeySuggestions.hint(e.getProperty(), e.getInstanceLocation().toString(), e.getSchemaLocation().getFragment().toString())
                    : null;
            out.add(w.pointer(), w.expected(), w.found(), hint);
        }
    }

    static String show(JsonNode node) {
        return SchemaErrors.show(node);
    }

    static String typeOf(JsonNode node) {
        return SchemaErrors.typeOf(node);
    }
}
