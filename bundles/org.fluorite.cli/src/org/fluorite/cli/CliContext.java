package org.fluorite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;

/**
 * What a running {@link CliCommand} may use: the output streams, the directory relative paths are
 * resolved against, the installed file formats and a progress monitor.
 *
 * <p>Results go to {@link #out()}; progress and warnings go to {@link #err()}, so that the output of
 * {@code --json} stays machine-readable. The progress monitor prints only when stderr is a
 * terminal or {@code --progress} was given.
 */
public final class CliContext {

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    private final FormatRegistry registry;
    private final ProgressMonitor progress;
    private final boolean debug;
    private volatile Path currentFile;

    /**
     * @param registry the installed formats; may be null for commands that read no files (asking
     *                 for it then fails with a clear message)
     */
    public CliContext(PrintStream out, PrintStream err, Path workingDirectory, FormatRegistry registry,
            ProgressMonitor progress, boolean debug) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath();
        this.registry = registry;
        this.progress = progress == null ? ProgressMonitor.NONE : progress;
        this.debug = debug;
    }

    /** Standard output: the command's results only. */
    public PrintStream out() {
        return out;
    }

    /** Standard error: progress, warnings and errors. */
    public PrintStream err() {
        return err;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** The installed importers and exporters. */
    public FormatRegistry registry() {
        if (registry == null) {
            throw new IllegalStateException("no file formats are installed (the format registry is missing)");
        }
        return registry;
    }

    /** Reports progress on stderr when wanted, else does nothing. Never writes to stdout. */
    public ProgressMonitor progress() {
        return progress;
    }

    /** True when {@code --debug} was given: commands may print extra diagnostics to stderr. */
    public boolean debug() {
        return debug;
    }

    /**
     * {@code path} resolved against the working directory, remembered as the file being worked on
     * so that an error without a file name is still reported with it.
     */
    public Path file(String path) {
        Path p = workingDirectory.resolve(path).normalize();
        currentFile = p;
        return p;
    }

    /** The file last passed to {@link #file} or {@link #open}, if any. */
    public Optional<Path> currentFile() {
        return Optional.ofNullable(currentFile);
    }

    /** Opens {@code file} with whichever installed importer accepts it, showing progress. */
    public ImportResult open(Path file, ImportOptions options) throws IOException {
        currentFile = file;
        return registry().open(file, options, progress);
    }
}
