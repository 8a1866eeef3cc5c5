package org.fluorite.batch.slurm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.fluorite.batch.worker.ShellWords;

/**
 * The SLURM client programs ({@code sbatch}, {@code squeue}, {@code scontrol}, {@code scancel}),
 * run locally or through a prefix such as {@code ssh login-node} (the words after it are then sent
 * as one quoted shell line). Every call runs under a timeout: a controller that is down makes
 * clients wait for a long time, and that must not hang the batch.
 */
public final class SlurmClient {

    /** Default time a client call may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final List<String> prefix;
    private final Map<String, String> environment;
    private final Duration timeout;

    /** Result of one client call. */
    public record Result(int exit, String out, String err) {
    }

    /**
     * @param prefix      words before each command, e.g. [ssh, login-node]; empty to run locally
     * @param environment variables added to the client's environment (e.g. SLURM_CONF); local only
     * @param timeout     longest time a call may take
     */
    public SlurmClient(List<String> prefix, Map<String, String> environment, Duration timeout) {
        this.prefix = List.copyOf(prefix);
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /** A local client with this process's environment and the default timeout. */
    public static SlurmClient local() {
        return new SlurmClient(List.of(), Map.of(), DEFAULT_TIMEOUT);
    }

    public List<String> prefix() {
        return prefix;
    }

    /** The process command for one client call: {@code words} as is, or prefix + one quoted line. */
    public List<String> command(List<String> words) {
        if (prefix.isEmpty()) {
            return List.copyOf(words);
        }
        List<String> c = new ArrayList<>(prefix);
        c.add(ShellWords.join(words));
        return c;
    }

    /** {@code sbatch --parsable SCRIPT}: the job id. */
    public String sbatch(Path script) throws IOException {
        Result r = call(List.of("sbatch", "--parsable", script.toString()));
        if (r.exit() != 0) {
            throw new IOException("sbatch " + script + " failed (exit status " + r.exit() + "): " + firstLine(r.err(), r.out()));
        }
        String id = r.out().strip();
        int semi = id.indexOf(';');
        if (semi >= 0) {
            id = id.substring(0, semi);
        }
        if (!id.matches("[0-9]+")) {
            throw new IOException("sbatch " + script + " answered '" + r.out().strip() + "' instead of a job id");
        }
        return id;
    }

    /** Every job squeue lists ({@code squeue --json}); pending array tasks are listed one by one. */
    public List<SlurmJob> squeue() throws IOException {
        Result r = call(List.of("squeue", "--json"));
        if (r.exit() != 0) {
            throw new IOException("squeue --json failed (exit status " + r.exit() + "): " + firstLine(r.err(), r.out()));
        }
        return SqueueJson.parse(r.out());
    }

    /**
     * {@code scontrol show job -o ID}: the job if SLURM still knows it, empty once it has been
     * purged ("Invalid job id").
     */
    public Optional<SlurmJob> scontrol(String jobId) throws IOException {
        Result r = call(List.of("scontrol", "show", "job", "-o", jobId));
        if (r.exit() != 0) {
            if ((r.err() + r.out()).contains("Invalid job id")) {
                return Optional.empty();
            }
            throw new IOException("scontrol show job " + jobId + " failed (exit status " + r.exit() + "): " + firstLine(r.err(), r.out()));
        }
        return ScontrolText.find(r.out(), jobId);
    }

    /** {@code scancel ID}. */
    public void scancel(String jobId) throws IOException {
        Result r = call(List.of("scancel", jobId));
        if (r.exit() != 0) {
            throw new IOException("scancel " + jobId + " failed (exit status " + r.exit() + "): " + firstLine(r.err(), r.out()));
        }
    }

    /** Runs one client call under the timeout. */
    public Result call(List<String> words) throws IOException {
        List<String> cmd = command(words);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (prefix.isEmpty()) {
            pb.environment().putAll(environment);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException(cmd.get(0) + " could not be started (is the SLURM client installed?): " + e.getMessage(), e);
        }
        p.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread to = drain(p.getInputStream(), out);
        Thread te = drain(p.getErrorStream(), err);
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", words) + " did not answer within " + timeout.toMillis() / 1000.0
                        + " s (is slurmctld running and SLURM_CONF right?)");
            }
            to.join(2000);
            te.join(2000);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", words) + " was interrupted", e);
        }
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException e) {
                // the process ended or was killed; what was read is kept
            }
        }, "slurm-client-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String firstLine(String... texts) {
        for (String t : texts) {
            String s = t.strip();
            if (!s.isEmpty()) {
                return s.lines().findFirst().orElse(s);
            }
        }
        return "no message";
    }
}
