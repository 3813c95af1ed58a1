package dev.safegrade.spark;

import java.io.Serializable;

/**
 * One fact document as read: where it came from and its bytes.
 *
 * @param source    the file as named on the command line (a file found in a named folder: FOLDER/NAME)
 * @param line      NDJSON and Parquet: the line (row) number, from 1; a whole JSON file: 0
 * @param bytes     the document, UTF-8 (an NDJSON line without its line end)
 */
public record Doc(String source, long line, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;
}
