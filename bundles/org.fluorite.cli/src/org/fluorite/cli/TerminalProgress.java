package org.fluorite.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.fluorite.core.progress.ProgressMonitor;

/**
 * Progress of a command as one self-overwriting line on stderr ("Reading planes  42%"), at most a
 * few times a second. Never writes to stdout. {@link #forStream} decides whether progress is shown
 * at all: only when asked for, or when the stream is the process's stderr and that is a terminal.
 */
public final class TerminalProgress implements ProgressMonitor {

    private static final long MIN_INTERVAL_NANOS = 200_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private volatile boolean cancelled;
    private String task = "";
    private long total = -1;
    private long done;
    private long lastPrint = Long.MIN_VALUE;
    private int lastLength;

    TerminalProgress(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    /**
     * A monitor printing to {@code err} when {@code requested}, or when {@code err} is
     * {@link System#err} and stderr is a terminal; otherwise a silent monitor.
     */
    public static ProgressMonitor forStream(PrintStream err, boolean requested) {
        return forStream(err, requested, err == System.err);
    }

    /**
     * A monitor printing to {@code err} when {@code requested}, or when {@code err} writes to the
     * process's stderr ({@code errIsProcessStderr}) and that is a terminal; otherwise silent.
     */
    public static ProgressMonitor forStream(PrintStream err, boolean requested, boolean errIsProcessStderr) {
        if (requested || (errIsProcessStderr && stderrIsTerminal())) {
            return new TerminalProgress(err, System::nanoTime);
        }
        return ProgressMonitor.NONE;
    }

    /**
     * True when file descriptor 2 is a terminal. Java has no portable test for this; on Linux the
     * descriptor's link names the device ({@code /dev/pts/N}, {@code /dev/ttyN}). Elsewhere false.
     */
    static boolean stderrIsTerminal() {
        try {
            Path link = Path.of("/proc/self/fd/2");
            if (!Files.isSymbolicLink(link)) {
                return false;
            }
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    @Override
    public synchronized void begin(String task, long totalWork) {
        this.task = task == null ? "" : task;
        this.total = totalWork;
        this.done = 0;
        this.lastPrint = Long.MIN_VALUE;
        print(true);
    }

    @Override
    public synchronized void worked(long units) {
        done += units;
        print(false);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** Asks the running operation to stop (e.g. from a shutdown hook). */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public synchronized void done() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    private void print(boolean force) {
        long now = clock.getAsLong();
        if (!force && lastPrint != Long.MIN_VALUE && now - lastPrint < MIN_INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        String line = line();
        int pad = Math.max(0, lastLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastLength = line.length();
    }

    /** The text shown now, e.g. "Reading planes  42% (12/29)". */
    synchronized String line() {
        if (total > 0) {
            int percent = (int) Math.min(100, done * 100 / total);
            return String.format(Locale.ROOT, "%s %3d%% (%d/%d)", task, percent, done, total);
        }
        return done > 0 ? task + " (" + done + ")" : task + " ...";
    }
}
