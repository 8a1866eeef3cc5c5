package org.fluorite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operating system's side of the benchmark (Linux, GNU coreutils): {@code dd} throughput,
 * page cache residency of a file ({@code fincore}) and dropping a file from the page cache.
 */
final class SystemTools {

    private static final Pattern DD_BYTES = Pattern.compile("^(\\d+) bytes .* copied, ([0-9.eE+-]+) s", Pattern.MULTILINE);

    private SystemTools() {
    }

    /** Output and exit status of a finished process. */
    record Result(int exit, String output) {
    }

    static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return new Result(p.exitValue(), out);
    }

    /** One {@code dd} read of a whole file: throughput in MB/s (10^6 bytes) and the line dd printed. */
    record DdRun(String command, long bytes, double seconds, String line) {
        double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    /** Reads {@code file} with {@code dd bs=4M}, plus {@code extraFlags} (e.g. "iflag=direct"). */
    static DdRun dd(Path file, String... extraFlags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("dd", "if=" + file, "of=/dev/null", "bs=4M"));
        cmd.addAll(List.of(extraFlags));
        Result r = exec(cmd);
        Matcher m = DD_BYTES.matcher(r.output());
        if (r.exit() != 0 || !m.find()) {
            throw new IOException("dd failed (" + r.exit() + "): " + r.output().strip());
        }
        String line = r.output().lines().filter(l -> l.contains("copied")).findFirst().orElse("").strip();
        return new DdRun(String.join(" ", cmd), Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), line);
    }

    /**
     * Asks the kernel to forget the file's cached pages: writes dirty pages back ({@code sync FILE}),
     * then {@code dd iflag=nocache count=0}, which calls posix_fadvise(POSIX_FADV_DONTNEED) on the
     * whole file. Works without root for clean pages; {@link #residentBytes} tells whether it did.
     * The system-wide /proc/sys/vm/drop_caches is deliberately not used: it would slow down
     * everything else running on the machine.
     *
     * @return a note on what was done
     */
    static String dropFromPageCache(Path file) throws IOException, InterruptedException {
        exec(List.of("sync", file.toString()));
        Result r = exec(List.of("dd", "if=" + file, "iflag=nocache", "count=0", "status=none"));
        String note = r.exit() == 0 ? "fadvise(DONTNEED) via dd iflag=nocache" : "dd iflag=nocache failed: " + r.output().strip();
        return note;
    }

    /** Bytes of {@code file} in the page cache, from {@code fincore}; empty when unavailable. */
    static OptionalLong residentBytes(Path file) {
        try {
            Result r = exec(List.of("fincore", "--bytes", "--noheadings", "--output", "RES", file.toString()));
            if (r.exit() == 0) {
                return OptionalLong.of(Long.parseLong(r.output().strip()));
            }
        } catch (IOException | NumberFormatException e) {
            // fincore missing or unexpected output
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalLong.empty();
    }

    /** "12.3 %" of the file in the page cache, or "unknown". */
    static String residency(Path file) {
        OptionalLong res = residentBytes(file);
        try {
            long size = Files.size(file);
            return res.isPresent() && size > 0 ? String.format(Locale.ROOT, "%.1f %%", 100.0 * res.getAsLong() / size) : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** First line of a file, or "" (for /proc files). */
    static String firstMatch(Path file, String prefix) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(prefix)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "";
    }

    /** The device and file system type holding {@code path}, from df. */
    static String filesystem(Path path) {
        try {
            Result r = exec(List.of("df", "-hT", path.toString()));
            List<String> lines = r.output().lines().toList();
            return lines.size() > 1 ? lines.get(1).trim().replaceAll("\\s+", " ") : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
