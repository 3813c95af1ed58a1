package dev.safegrade.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long batch on stderr: a bar (progressbar) when stderr is a terminal; a plain status line every
 * {@value #INTERVAL_SECONDS} seconds when it is not but {@code --progress} was given (a bar's \r frames would clutter
 * a log); nothing otherwise. It counts records and the bytes read of the inputs, whose total (when the inputs are
 * files) gives the percentage and the ETA.
 */
final class Progress implements AutoCloseable {
    static final int INTERVAL_SECONDS = 10;
    private static final Progress NONE = new Progress(null, null, null, 0, () -> 0);

    private final String task;
    private final ProgressBar bar;
    private final PrintStream log;
    private final long totalBytes;
    private final LongSupplier invalid;
    private final long started = System.nanoTime();
    private long records;
    private long bytes;
    private long lastLine = started;

    private Progress(String task, ProgressBar bar, PrintStream log, long totalBytes, LongSupplier invalid) {
        this.task = task;
        this.bar = bar;
        this.log = log;
        this.totalBytes = totalBytes;
        this.invalid = invalid;
    }

    /**
     * The progress for a run over {@code files} (a {@code -} or an unreadable file leaves the total unknown).
     *
     * @param asked   whether {@code --progress} was given
     * @param invalid how many records were invalid so far
     */
    static Progress start(String task, java.util.List<String> files, boolean asked, Streams streams, LongSupplier invalid) {
        boolean terminal = streams.errIsTerminal();
        if (!terminal && !asked) {
            return NONE;
        }
        long total = totalBytes(files);
        if (terminal) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1)
                    .setUnit(" MiB", 1 << 20).setStyle(ProgressBarStyle.ASCII).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(streams.err())).build();
            return new Progress(task, bar, null, total, invalid);
        }
        return new Progress(task, null, streams.err(), total, invalid);
    }

    /** One more record, {@code size} bytes long (its line break included). */
    synchronized void step(long size) {
        if (task == null) {
            return;
        }
        records++;
        bytes += size;
        if (bar != null) {
            bar.stepTo(bytes);
            bar.setExtraMessage(String.format(Locale.ROOT, " %,d records, %,d invalid", records, invalid.getAsLong()));
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= TimeUnit.SECONDS.toNanos(INTERVAL_SECONDS)) {
            lastLine = now;
            log.println(status(now));
        }
    }

    private String status(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        StringBuilder b = new StringBuilder(task).append(": ")
                .append(String.format(Locale.ROOT, "%,d records (%,.0f/s), %,d invalid", records, records / seconds, invalid.getAsLong()));
        if (totalBytes > 0 && bytes > 0) {
            double done = Math.min(1.0, (double) bytes / totalBytes);
            long eta = Math.round(seconds * (1 - done) / done);
            b.append(String.format(Locale.ROOT, ", %.0f%%, ETA %d:%02d", done * 100, eta / 60, eta % 60));
        }
        return b.toString();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        } else if (log != null) {
            log.println(status(System.nanoTime()) + ", done");
        }
    }

    private static long totalBytes(java.util.List<String> files) {
        long total = 0;
        for (String f : files.isEmpty() ? java.util.List.of("-") : files) {
            try {
                if (f.equals("-") || !Files.isRegularFile(Path.of(f))) {
                    return -1;
                }
                total += Files.size(Path.of(f));
            } catch (Exception e) {
                return -1;
            }
        }
        return total;
    }

    /** Whether file descriptor 2 is a terminal (Linux: it links to a tty); System.console() only tells for stdout. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception | Error e) {
            return System.console() != null;
        }
    }
}
