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
    private volatile boolean outputFailed;
    private Consumer<Line> onWritten = line -> { };
    private String firstProblem;
    private long failed;
    private String firstFailure;

    /**
     * The most threads a batch runs on. Evaluation is CPU-bound: more threads than cores gain nothing, and each thread
     * holds a session and a share of the window of lines in flight (thousands of threads once took gigabytes).
     */
    static final int MAX_THREADS = 256;
    /** The most lines in flight at once, whatever the number of threads: the window's memory is bounded. */
    static final int MAX_WINDOW = 4096;
    /** Lines between two checks that the output can still be written. */
    private static final int CHECK_EVERY = 256;

    /** Tells on {@code err} and returns false when {@code threads} is out of 1…{@value #MAX_THREADS}. */
    static boolean threadsInRange(int threads, PrintStream err) {
        if (threads >= 1 && threads <= MAX_THREADS) {
            return true;
        }
        err.println("error: --threads: expected a number of threads from 1 to " + MAX_THREADS + ", found " + threads);
        return false;
    }

    OrderedBatch(int threads, PrintStream out) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "safegrade-batch");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new ArrayBlockingQueue<>(Math.min(MAX_WINDOW, Math.max(64, threads * 64)));
        this.writer = new Thread(() -> write(out), "safegrade-batch-writer");
        this.writer.setDaemon(true); // finish() joins it; whatever happens to the reader, it never keeps the process alive
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

    /** Thrown by {@link #submit} once the output can no longer be written (a closed pipe, a full disk): stop reading. */
    static final class OutputFailed extends RuntimeException {
        OutputFailed() {
            super("the output can no longer be written", null, false, false);
        }
    }

    /** Whether writing the output has failed (told by the stream: a closed pipe, a full disk). */
    boolean outputFailed() {
        return outputFailed;
    }

    /**
     * Queues the work of line {@code line} of {@code source}; blocks while the window is full; throws
     * {@link OutputFailed} once the output failed. A line whose work fails (a bug, a stack overflow, running out of
     * memory on one huge document, any other error) becomes that line's error record, exit code 1, and the lines after it go on.
     */
    void submit(String source, int line, Supplier<Line> work) {
        if (outputFailed) {
            throw new OutputFailed();
        }
        try {
            inFlight.put(pool.submit(() -> {
                try {
                    return work.get();
                } catch (RuntimeException | Error e) { // a bug, a stack overflow, memory, a linkage error: this line's only
                    return ErrorRecord.failed(source, line, e);
                }
            }));
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
        if (failed > 0) {
            err.println("error: " + failed + " of " + lines + " line" + (lines == 1 ? "" : "s") + " could not be evaluated (their error records say why); first: "
                    + firstFailure);
        }
        return exitCode;
    }

    private void write(PrintStream out) {
        try {
            Future<Line> next;
            while ((next = inFlight.take()) != END) {
                try {
                    Line line = next.get();
                    if (failure == null && !outputFailed) {
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
                        } else if (line.exitCode() == ExitCode.INTERNAL_ERROR) {
                            failed++;
                            firstFailure = firstFailure == null ? line.problem() : firstFailure;
                        }
                        // A PrintStream keeps a write error to itself: asking (which flushes) every so many lines, and
                        // whenever nothing more is waiting, is how a closed pipe (| head -1) stops the reading.
                        if ((lines % CHECK_EVERY == 0 || inFlight.isEmpty()) && out.checkError()) {
                            outputFailed = true;
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
