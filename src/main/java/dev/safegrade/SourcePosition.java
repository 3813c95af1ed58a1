package dev.safegrade;

/**
 * Where a value stands in a fact file: 1-based line and column (of the file as a whole, also for an NDJSON line).
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record SourcePosition(int line, int column) {
}
