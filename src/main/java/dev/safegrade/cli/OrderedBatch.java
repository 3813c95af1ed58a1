package dev.safegrade.cli;

import dev.safegrade.internal.summary.ReportLine;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs batch lines on several threads and writes their output lines in input order. At most
 * {@code window} lines are in flight, so memory stays constant however long the batch is. The writer thread
 * only copies bytes: everything else happens on the workers, so the serial part stays small.
 */
final class OrderedBatch implements AutoCloseable {
    /**
     * What one input line produced: its output line (UTF-8, encoded by the thread that made it), its exit code and, for
     * an invalid line, its first problem as told on stderr (else null).
     */
    record Line(byte[] utf8, int exitCode, String problem, ReportLine summary) {
        Line(byte[] utf8, int exitCode, String problem) {
            this(utf8, exitCode, problem, null);
        }

        Line(byte[] utf8, int exitCode) {
            this(utf8, exitCode, null);
        }

        /** The same line, with what a summary takes from it (read on the worker that made it). */
        Line withSummary() {
            try {
                return new Line(utf8, exitCode, problem, ReportLine.of(SUMMARY_READER.readTree(utf8)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Line(String text, int exitCode) {
            this(text, exitCode, null);
        }

        Line(String text, int exitCode, String problem) {
            this(text.getBytes(StandardCharsets.UTF_8), exitCode, problem);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper SUMMARY_READER = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Future<Line> END = CompletableFuture.completedFuture(null);

    private final ExecutorService pool;
    private final BlockingQueue<Future<Line>> inFlight;
    private final Thread writer;
    private volatile int exitCode = ExitCode.OK;
    private volatile Throwable failure;
    // Written by the writer thread only, read after finish() has joined it.
    private long lines;
    private volatile long invalid;
    private Consumer<Line> onWritten = line -> { };
    private String firstProblem;

    OrderedBatch(int threads, PrintStream out) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "safegrade-batch");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new ArrayBlockingQueue<>(Math.max(64, threads * 64));
        this.writer = new Thread(() -> write(out), "safegrade-batch-writer");
        this.writer.start();
    }

    /** Hands every line, once written and in input order, to {@code listener} (on the writer thread). */
    OrderedBatch onWritten(Consumer<Line> listener) {
        this.onWritten = listener;
        return this;
    }

    /** Invalid lines written so far. */
    long invalidSoFar() {
        return invalid;
    }

    /** Queues one line's work; blocks while the window is full. */
    void submit(Supplier<Line> work) {
        try {
            inFlight.put(pool.submit(work::get));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Waits until every queued line is written; says on {@code err} how many lines were invalid, if any (their error
     * records are among the output lines, so a batch that exits 2 would otherwise not say why); returns the worst exit
     * code.
     */
    int finish(PrintStream err) {
        try {
            inFlight.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure != null) {
            throw new IllegalStateException("a batch line failed unexpectedly", failure);
        }
        if (invalid > 0) {
            err.println("error: " + invalid + " of " + lines + " line" + (lines == 1 ? "" : "s") + " invalid"
                    + (firstProblem == null ? "" : "; first: " + firstProblem));
        }
        return exitCode;
    }

    private void write(PrintStream out) {
        try {
            Future<Line> next;
            while ((next = inFlight.take()) != END) {
                try {
                    Line line = next.get();
                    if (failure == null) {
                        out.write(line.utf8(), 0, line.utf8().length);
                        out.write('\n');
                        exitCode = ExitCode.worst(exitCode, line.exitCode());
                        lines++;
                        try {
                            onWritten.accept(line);
                        } catch (RuntimeException e) {
                            failure = failure == null ? e : failure;
                        }
                        if (line.exitCode() == ExitCode.INVALID_INPUT) {
                            invalid++;
                            firstProblem = firstProblem == null ? line.problem() : firstProblem;
                        }
                    }
                } catch (ExecutionException e) {
                    // Keep draining so the reader never blocks; finish() reports the failure.
                    failure = failure == null ? e.getCause() : failure;
                }
            }
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
