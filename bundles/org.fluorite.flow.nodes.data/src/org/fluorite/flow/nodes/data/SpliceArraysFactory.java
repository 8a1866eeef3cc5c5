package org.fluorite.flow.nodes.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.TransmissionNode;
import org.osgi.service.component.annotations.Component;

/**
 * SpliceArrays: each array of a numerical column cut to {@code start:end} with Python's slicing
 * rules (end exclusive, negative indices count from the end, out-of-range indices clipped, either
 * side may be empty), into {@value #OUTPUT}. Logs "splice_arrays" with data_column, start_ix,
 * end_ix (null for an empty side) and units.
 */
@Component(service = NodeFactory.class)
public class SpliceArraysFactory extends AbstractNodeFactory<SpliceArraysFactory.Settings> {

    public static final String OUTPUT = "_SPLICE_ARRAYS";

    /**
     * @param dataColumn numerical column of arrays
     * @param indices    "start:end", array indices (samples)
     */
    public record Settings(@Setting(label = "Data column", alias = "data_column") String dataColumn,
            @Setting(label = "Indices", unit = "samples", alias = "indices", description = "start_ix:end_ix, as Python slices")
            String indices) {
    }

    public SpliceArraysFactory() {
        super("data.SpliceArrays", "SpliceArrays", DataNodes.CATEGORY, "Cuts every array of a column to start:end",
                new Settings(Transmission.RAW_CURVE, ":"), TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                parse(s.indices());
                input.requireColumn(s.dataColumn(), ColumnType.ARRAY);
                return input.withColumn(OUTPUT, ColumnType.ARRAY);
            }

            @Override
            protected Transmission execute(Transmission in, ExecutionContext context) throws NodeConfigurationException {
                Integer[] se = parse(s.indices());
                double[][] a = in.frame().require(s.dataColumn(), ColumnType.ARRAY).arrays();
                double[][] out = new double[a.length][];
                IntStream rows = IntStream.range(0, a.length);
                (context.parallel() ? rows.parallel() : rows).forEach(i -> out[i] = a[i] == null ? null : slice(a[i], se[0], se[1]));
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("data_column", s.dataColumn());
                p.put("start_ix", se[0]);
                p.put("end_ix", se[1]);
                p.put("units", in.lastUnit());
                return in.withOutput(FlowColumn.ofArrays(OUTPUT, in.column(s.dataColumn()).unit(), out), in.lastUnit(),
                        context.operation("splice_arrays", p));
            }
        };
    }

    /** {start, end} from "start:end"; null for an empty side. */
    static Integer[] parse(String indices) throws NodeConfigurationException {
        String t = indices == null ? "" : indices.trim();
        int colon = t.indexOf(':');
        if (colon < 0 || t.indexOf(':', colon + 1) >= 0) {
            throw new NodeConfigurationException("Indices must be start_ix:end_ix (e.g. 0:2990), not '" + t + "'");
        }
        try {
            String a = t.substring(0, colon).trim();
            String b = t.substring(colon + 1).trim();
            return new Integer[] {a.isEmpty() ? null : Integer.valueOf(a), b.isEmpty() ? null : Integer.valueOf(b)};
        } catch (NumberFormatException e) {
            throw new NodeConfigurationException("Indices must be whole numbers, start_ix:end_ix, not '" + t + "'");
        }
    }

    /** {@code a[start:end]} as Python slices it. */
    static double[] slice(double[] a, Integer start, Integer end) {
        int n = a.length;
        int s = start == null ? 0 : start < 0 ? Math.max(0, n + start) : Math.min(n, start);
        int e = end == null ? n : end < 0 ? Math.max(0, n + end) : Math.min(n, end);
        return e <= s ? new double[0] : Arrays.copyOfRange(a, s, e);
    }
}
