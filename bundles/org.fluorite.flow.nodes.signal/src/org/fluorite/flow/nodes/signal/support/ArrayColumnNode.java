package org.fluorite.flow.nodes.signal.support;

import java.util.Map;
import java.util.stream.IntStream;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.TransmissionNode;

/**
 * The common shape of the numeric nodes: one array column in, one array column out (named in the
 * seed's capitals, e.g. {@code _BUTTERWORTH}), one operation in every block's history. Rows are
 * independent, so they run in parallel when the context allows it; a row that fails stops the node
 * with the row number and the reason.
 */
public abstract class ArrayColumnNode extends TransmissionNode {

    private final String dataColumn;
    private final String outputColumn;

    /**
     * @param dataColumn the input column; blank = the input's last output
     * @param outputColumn the column written
     */
    protected ArrayColumnNode(String dataColumn, String outputColumn) {
        this.dataColumn = dataColumn == null ? "" : dataColumn.trim();
        this.outputColumn = outputColumn;
    }

    /** The operation name in the history (the seed's, e.g. "butterworth"). */
    protected abstract String operation();

    /** The node's parameters for the history (data_column is added). */
    protected abstract Map<String, Object> parameters(Transmission input);

    /** The result for one row; {@code row} indexes the input (for per-row values such as the sampling rate). */
    protected abstract double[] apply(Transmission input, int row, double[] values);

    /** "time" or "frequency" for the output's index; null keeps the input's. */
    protected String unit() {
        return null;
    }

    /** The input column this node reads for a transmission. */
    public final String dataColumn(Transmission input) {
        return Columns.resolve(dataColumn, input);
    }

    @Override
    protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
        if (!dataColumn.isEmpty()) {
            input.requireColumn(dataColumn, ColumnType.ARRAY);
        }
        return input.withColumn(outputColumn, ColumnType.ARRAY);
    }

    @Override
    protected Transmission execute(Transmission input, ExecutionContext context) throws Exception {
        String column = dataColumn(input);
        double[][] in = input.frame().require(column, ColumnType.ARRAY).arrays();
        double[][] out = new double[in.length][];
        IntStream rows = IntStream.range(0, in.length);
        if (context.parallel()) {
            rows = rows.parallel();
        }
        RowFailure failure = new RowFailure();
        rows.forEach(r -> {
            if (failure.message != null || context.isCancelled()) {
                return;
            }
            try {
                out[r] = in[r] == null ? null : apply(input, r, in[r]);
            } catch (RuntimeException e) {
                failure.set("row " + r + " of '" + column + "': " + e.getMessage());
            }
        });
        context.checkCancelled();
        if (failure.message != null) {
            throw new IllegalArgumentException(context.nodeName() + ": " + failure.message);
        }
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("data_column", column);
        params.putAll(parameters(input));
        String unitWord = unit() == null ? input.lastUnit() : unit();
        params.putIfAbsent("units", unitWord);
        return input.withOutput(FlowColumn.ofArrays(outputColumn, input.frame().require(column).unit(), out), unit(),
                context.operation(operation(), params));
    }

    private static final class RowFailure {
        volatile String message;

        synchronized void set(String m) {
            if (message == null) {
                message = m;
            }
        }
    }
}
