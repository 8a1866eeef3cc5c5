package org.fluorite.flow.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.HistoryOperation;

/**
 * What a running node may use: progress and cancellation, the project directory the flowchart
 * works in, whether it may use several threads, and a place for warnings shown on the node.
 */
public final class ExecutionContext {

    private final String factoryId;
    private final String nodeName;
    private final ProgressMonitor progress;
    private final Path project;
    private final boolean parallel;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param factoryId the id of the running node's factory (recorded in history entries)
     * @param nodeName  the node's name in the flowchart (for messages)
     * @param progress  progress and cancellation
     * @param project   the project directory, null when there is none
     * @param parallel  whether the node may spread its rows over all processors
     */
    public ExecutionContext(String factoryId, String nodeName, ProgressMonitor progress, Path project, boolean parallel) {
        this.factoryId = factoryId;
        this.nodeName = nodeName;
        this.progress = progress == null ? ProgressMonitor.NONE : progress;
        this.project = project;
        this.parallel = parallel;
    }

    /** A context for tests and scripts: no project, no progress, single-threaded. */
    public static ExecutionContext simple(String factoryId) {
        return new ExecutionContext(factoryId, factoryId, ProgressMonitor.NONE, null, false);
    }

    public String factoryId() {
        return factoryId;
    }

    public String nodeName() {
        return nodeName;
    }

    public ProgressMonitor progress() {
        return progress;
    }

    /** Throws {@link org.fluorite.core.progress.CancelledException} once cancellation was asked for. */
    public void checkCancelled() {
        progress.checkCancelled();
    }

    public boolean isCancelled() {
        return progress.isCancelled();
    }

    /** The project directory the flowchart belongs to, if any (LoadProjDF, relative paths). */
    public Optional<Path> project() {
        return Optional.ofNullable(project);
    }

    /** True when the node may process rows in parallel (e.g. {@code IntStream.range(..).parallel()}). */
    public boolean parallel() {
        return parallel;
    }

    /** A history entry for this node's operation (Mesmerize's operation name and parameters). */
    public HistoryOperation operation(String name, Map<String, ?> parameters) {
        return HistoryOperation.of(factoryId, name, parameters);
    }

    /** Records a warning shown on the node (e.g. "3 curves were excluded"). */
    public void warn(String message) {
        warnings.add(message);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
