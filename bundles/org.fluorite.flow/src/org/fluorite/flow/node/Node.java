package org.fluorite.flow.node;

import java.util.List;

/**
 * One node of a flowchart with its settings fixed, made by its {@link NodeFactory}. Two phases,
 * as KNIME nodes:
 * <ol>
 * <li>{@link #configure}: from the specs of the inputs, the specs of the outputs, without data.
 * Validates the settings against the inputs (missing columns, wrong types) with clear
 * messages.</li>
 * <li>{@link #execute}: does the work, reports progress and honours cancellation through the
 * context, and logs its operation in the history of the transmissions it outputs.</li>
 * </ol>
 * A node must not keep state between runs (the engine may run it again at any time and keeps the
 * outputs itself) and must not modify its inputs (transmissions are immutable).
 */
public interface Node {

    /**
     * The output specs, one per output terminal, for these input specs.
     *
     * @throws NodeConfigurationException when the node cannot work with these inputs or settings
     */
    List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException;

    /**
     * Computes the outputs, one per output terminal (null for a terminal with nothing to give).
     *
     * @throws org.fluorite.core.progress.CancelledException when the context was cancelled
     * @throws Exception                                     any failure; the engine marks the node
     *                                                       with its message and keeps the graph
     */
    List<Object> execute(Inputs<Object> inputs, ExecutionContext context) throws Exception;
}
