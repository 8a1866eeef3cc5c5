package org.fluorite.io.hdf5.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.core.progress.CancelledException;
import org.fluorite.io.ImportException;

/**
 * Runs jHDF calls so that a damaged file can only end in an {@link ImportException} naming it:
 * every {@link RuntimeException}, {@link StackOverflowError} or {@link OutOfMemoryError} jHDF
 * throws is translated, and a call that does not finish within its time bound (jHDF can loop on
 * corrupt B-trees or heaps) is abandoned and reported. An abandoned call keeps its daemon thread
 * until it ends by itself; Java offers no way to stop it.
 */
public final class Guard {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "fluorite-hdf5-" + THREADS.incrementAndGet(), 16L << 20);
        t.setDaemon(true);
        return t;
    });

    private Guard() {
    }

    /**
     * Runs {@code call} within {@code timeout}.
     *
     * @param what words for the message, e.g. "reading the structure" or "reading plane 3 of /data"
     */
    public static <T> T run(Path file, String what, Duration timeout, Callable<T> call) throws ImportException {
        Future<T> future = EXECUTOR.submit(call);
        try {
            return future.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ImportException(file, what + " did not finish within " + timeout.toSeconds()
                    + " s; the HDF5 file is probably damaged", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException(file, what + " was interrupted", e);
        } catch (ExecutionException e) {
            throw translate(file, what, e.getCause());
        }
    }

    /** The exception to throw for a failure of a jHDF call: the file named, the cause kept. */
    public static ImportException translate(Path file, String what, Throwable cause) {
        if (cause instanceof CancelledException c) {
            throw c;
        }
        if (cause instanceof ImportException ie) {
            return ie;
        }
        if (cause instanceof OutOfMemoryError) {
            return new ImportException(file, what + " needs more memory than is available; the HDF5 file may be damaged",
                    cause);
        }
        if (cause instanceof StackOverflowError) {
            return new ImportException(file, what + " failed: the HDF5 structure nests too deeply or loops (damaged file?)",
                    cause);
        }
        if (cause instanceof IOException || cause instanceof RuntimeException) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new ImportException(file, what + " failed: " + message, cause);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new ImportException(file, what + " failed: " + cause, cause);
    }
}
