package dev.safegrade.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The check of one table kind (internal/tables): its rows are well formed and, for a table of bands, the bands
 * leave no gap and no overlap over the domain of what they classify. Each kind the engine knows has one, registered in
 * {@link BandTables}; a table of a kind without one is a lint problem, so a new kind cannot skip it.
 */
interface TableKindCheck {
    /** The table {@code kind} this checks, as in Tables.java. */
    String kind();

    /**
     * @param table the table file's JSON
     * @param pack  the pack it belongs to (its rule ids, profiles, other tables)
     * @param out   where to tell a problem, at a JSON Pointer of the table
     */
    void check(JsonNode table, LintTarget pack, Out out);

    /** A problem at a pointer of the table. */
    interface Out {
        void problem(String pointer, String message);
    }

    /**
     * A row of a dated-value table (limits, deadlines) names the clause that sets its value and says what the value
     * means: {@code clause} and {@code meaning} are non-blank text.
     */
    static void clauseAndMeaning(JsonNode row, String at, String what, String clause, String meaning, Out out) {
        for (String key : java.util.List.of("clause", "meaning")) {
            if (row.path(key).asText("").isBlank()) {
                out.problem(at, what + " needs a \"" + key + "\" (" + (key.equals("clause") ? clause : meaning) + ")");
            }
        }
    }
}
