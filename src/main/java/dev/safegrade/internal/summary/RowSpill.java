package dev.safegrade.internal.summary;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.code.externalsorting.ExternalSort;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a list that grows with the input (the province's 重大风险清单, its open 重大事故隐患, the enterprises
 * a coverage rate misses), kept on disk rather than in memory and sorted there by a key (externalsortinginjava), so
 * that a summary of a million reports needs no more memory than one of a thousand.
 */
final class RowSpill implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Object>> ROW = new TypeReference<>() {
    };

    /** The memory one sorting run may take (the library counts about twice a line's size). */
    static final long SORT_MEMORY = 16L << 20;

    private final Path dir;
    private final Path unsorted;
    private final BufferedWriter out;
    private Path sorted;
    private long size;

    RowSpill(Path dir, String name) throws IOException {
        this.dir = dir;
        this.unsorted = Files.createTempFile(dir, name, ".rows");
        this.out = Files.newBufferedWriter(unsorted, StandardCharsets.UTF_8);
    }

    /** Adds a row; rows come back ordered by {@code sortKey} (then in the order added, for equal keys). */
    void add(String sortKey, List<Object> row) {
        try {
            // The key sorts as text: tabs and line breaks inside it would break the line format.
            out.write(sortKey.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
            out.write(String.format("\u0001%012d\t", size));
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long size() {
        return size;
    }

    /** Sorts what was added; after this, {@link #rows()} reads them back in order. */
    void sort() throws IOException {
        out.close();
        sorted = Files.createTempFile(dir, "sorted", ".rows");
        Comparator<String> byLine = Comparator.naturalOrder();
        List<File> runs;
        try (BufferedReader in = Files.newBufferedReader(unsorted, StandardCharsets.UTF_8)) {
            // Runs of at most SORT_MEMORY / 2 bytes: the library would otherwise size them by the free heap, so that
            // the memory a summary takes would grow with its lists up to the heap's limit.
            runs = ExternalSort.sortInBatch(in, Files.size(unsorted), byLine, ExternalSort.DEFAULTMAXTEMPFILES, SORT_MEMORY,
                    StandardCharsets.UTF_8, dir.toFile(), false, 0, false, false);
        }
        ExternalSort.mergeSortedFiles(runs, sorted.toFile(), byLine, StandardCharsets.UTF_8);
        Files.deleteIfExists(unsorted);
    }

    /** The rows in key order; each call reads the file again. */
    Iterable<List<Object>> rows() {
        return () -> {
            try {
                BufferedReader in = Files.newBufferedReader(sorted, StandardCharsets.UTF_8);
                return new Iterator<>() {
                    String next = in.readLine();

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public List<Object> next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        try {
                            List<Object> row = JSON.readValue(next.substring(next.indexOf('\t') + 1), ROW);
                            next = in.readLine();
                            if (next == null) {
                                in.close();
                            }
                            return row;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(unsorted);
        if (sorted != null) {
            Files.deleteIfExists(sorted);
        }
    }
}
