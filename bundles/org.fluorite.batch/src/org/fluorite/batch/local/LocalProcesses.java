package org.fluorite.batch.local;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fluorite.batch.BatchItem;

/** Finding, describing and stopping worker processes on this machine. */
public final class LocalProcesses {

    private LocalProcesses() {
    }

    /**
     * The live process an item's execution names, if it runs on this host and is the same process
     * (its start time matches, so a reused process id is not mistaken for the worker).
     */
    public static Optional<ProcessHandle> find(BatchItem.Execution e) {
        if (e == null || e.jobId() == null || (e.host() != null && !e.host().equals(host()))) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(e.jobId());
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (h.isPresent() && e.processStart() != null) {
            Optional<Instant> start = h.get().info().startInstant();
            if (start.isPresent() && !start.get().toString().equals(e.processStart())) {
                return Optional.empty();
            }
        }
        return h;
    }

    /** SIGTERM, then SIGKILL when the process has not ended after {@code grace}; waits for the end. */
    public static void terminate(ProcessHandle h, Duration grace) {
        if (!h.isAlive()) {
            return;
        }
        h.destroy();
        try {
            h.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            h.destroyForcibly();
            try {
                h.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported by the caller's next poll: the item stays active while the process lives
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // onExit never fails; nothing to do
        }
    }

    /** "with exit status 1", "killed by signal 9 (exit status 137)", "(exit status unknown)". */
    public static String describeExit(Integer exit) {
        if (exit == null) {
            return "(exit status unknown)";
        }
        if (exit > 128 && exit < 160) {
            int sig = exit - 128;
            String name = switch (sig) {
                case 9 -> "SIGKILL";
                case 15 -> "SIGTERM";
                case 6 -> "SIGABRT";
                case 11 -> "SIGSEGV";
                case 2 -> "SIGINT";
                default -> "signal " + sig;
            };
            return "killed by " + name + " (exit status " + exit + ")";
        }
        return "with exit status " + exit;
    }

    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
