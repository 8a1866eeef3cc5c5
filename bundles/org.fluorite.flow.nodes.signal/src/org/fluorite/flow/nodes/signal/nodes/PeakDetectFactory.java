package org.fluorite.flow.nodes.signal.nodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.DataType;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.nodes.signal.numerics.PeakDetection;
import org.fluorite.flow.nodes.signal.numerics.PeaksBases;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/**
 * PeakDetect: peaks and bases from the zero crossings of a derivative ({@link PeakDetection}),
 * thresholded on a normalised trace and placed on the curve. Terminals as the seed's: Derivative
 * (needs {@value #DERIVATIVE}), Normalized (its last output), Curve, and the optional PB_Input,
 * which, when connected, is passed on unchanged (a saved transmission with peaks, e.g. from the Peak
 * Editor). Output: the Curve transmission with a {@value #PEAKS_BASES} table per row (columns
 * {@code event}, sample index, and {@code label}, "peak" or "base") and the derivative.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class PeakDetectFactory extends AbstractNodeFactory<PeakDetectFactory.Settings> {

    public static final String PEAKS_BASES = "peaks_bases";
    public static final String DERIVATIVE = "_DERIVATIVE";

    /** Settings of PeakDetect, with the seed's names as aliases. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of the Curve input to place peaks on (blank: its last output)") String dataColumn,
            @Setting(label = "Fictional bases", alias = "Fictional_Bases", description = "Add bases at the ends when the first or last peak has none") boolean fictionalBases,
            @Setting(label = "Slope threshold", min = -100, max = 1, alias = "SlopeThr", description = "Largest gradient of the derivative at a peak") double slopeThr,
            @Setting(label = "Absolute amplitude threshold", min = 0, max = 9999, alias = "AmplThrAbs", description = "Smallest normalised value at a peak") double amplThrAbs,
            @Setting(label = "Relative amplitude threshold", min = 0, max = 9999, alias = "AmplThrRel", description = "Smallest mean of rise and fall amplitudes") double amplThrRel) {
        public static final Settings DEFAULTS = new Settings("", true, 0, 0, 0);
    }

    public PeakDetectFactory() {
        super("signal.PeakDetect", "PeakDetect", "Signal",
                "Peaks and bases from the zero crossings of a derivative, thresholded on a normalised trace.",
                Settings.DEFAULTS,
                // each terminal may stay unconnected for the engine: the node itself asks for either
                // PB_Input (edited peaks passed on) or all of Derivative, Normalized and Curve
                List.of(new PortSpec("Derivative", DataType.TRANSMISSION, true, false),
                        new PortSpec("Normalized", DataType.TRANSMISSION, true, false),
                        new PortSpec("Curve", DataType.TRANSMISSION, true, false),
                        new PortSpec("PB_Input", DataType.TRANSMISSION, true, false)),
                List.of(PortSpec.transmission("Out")));
    }

    @Override
    protected Node createNode(Settings s) {
        return new PeakDetectNode(s);
    }

    private static final class PeakDetectNode implements Node {
        private final Settings s;

        PeakDetectNode(Settings s) {
            this.s = s;
        }

        @Override
        public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
            if (inputs.present(3)) {
                return List.of(inputs.get(3));
            }
            for (int i = 0; i < 3; i++) {
                if (!inputs.present(i)) {
                    throw new NodeConfigurationException("Connect the Derivative, Normalized and Curve terminals (or PB_Input)");
                }
            }
            inputs.get(0).requireColumn(DERIVATIVE, ColumnType.ARRAY);
            if (!s.dataColumn().isBlank()) {
                inputs.get(2).requireColumn(s.dataColumn().trim(), ColumnType.ARRAY);
            }
            return List.of(inputs.get(2).withColumn(DERIVATIVE, ColumnType.ARRAY).withColumn(PEAKS_BASES, ColumnType.TABLE));
        }

        @Override
        public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) throws Exception {
            if (inputs.present(3)) {
                return List.of(inputs.transmission(3));
            }
            Transmission deriv = inputs.transmission(0);
            Transmission norm = inputs.transmission(1);
            Transmission curve = inputs.transmission(2);
            if (deriv.rowCount() != curve.rowCount() || norm.rowCount() != curve.rowCount()) {
                throw new IllegalArgumentException("Derivative, Normalized and Curve inputs must have the same rows ("
                        + deriv.rowCount() + ", " + norm.rowCount() + ", " + curve.rowCount() + ")");
            }
            double[][] d1 = deriv.frame().require(DERIVATIVE, ColumnType.ARRAY).arrays();
            String normColumn = norm.lastOutput().isEmpty() ? "_NORMALIZE" : norm.lastOutput();
            double[][] nv = norm.frame().require(normColumn, ColumnType.ARRAY).arrays();
            String column = Columns.resolve(s.dataColumn(), curve);
            double[][] cv = curve.frame().require(column, ColumnType.ARRAY).arrays();
            PeakDetection.Parameters p = new PeakDetection.Parameters(s.slopeThr(), s.amplThrAbs(), s.amplThrRel(),
                    s.fictionalBases());
            Frame[] tables = new Frame[cv.length];
            java.util.stream.IntStream rows = java.util.stream.IntStream.range(0, cv.length);
            (context.parallel() ? rows.parallel() : rows).forEach(r -> {
                if (!context.isCancelled()) {
                    tables[r] = table(PeakDetection.detect(d1[r], cv[r], nv[r], p));
                }
            });
            context.checkCancelled();
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("data_column", column);
            params.put("SlopeThr", s.slopeThr());
            params.put("AmplThrRel", s.amplThrRel());
            params.put("AmplThrAbs", s.amplThrAbs());
            params.put("Fictional_Bases", s.fictionalBases());
            params.put("derivative_input_history_trace", deriv.history().toMap());
            params.put("normalized_input_history_trace", norm.history().toMap());
            params.put("units", curve.lastUnit());
            Transmission out = curve.withColumn(FlowColumn.ofArrays(DERIVATIVE, "", d1))
                    .withColumn(FlowColumn.ofTables(PEAKS_BASES, tables))
                    .withOperation(context.operation("peak_detect", params));
            return new ArrayList<>(List.of(out));
        }
    }

    /** The seed's peaks_bases table of one curve: event (long, sample index) and label (text). */
    public static Frame table(PeaksBases pb) {
        long[] ev = new long[pb.size()];
        String[] label = new String[pb.size()];
        for (int i = 0; i < ev.length; i++) {
            ev[i] = pb.event(i);
            label[i] = pb.label(i);
        }
        return Frame.of(FlowColumn.ofLongs("event", "samples", ev), FlowColumn.ofText("label", label));
    }

    /**
     * The inverse of {@link #table}.
     *
     * @throws IllegalArgumentException when an event is outside the int range
     */
    public static PeaksBases fromTable(Frame f) {
        if (f == null || f.rowCount() == 0) {
            return PeaksBases.EMPTY;
        }
        long[] ev = f.require("event", ColumnType.LONG).longs();
        String[] label = f.require("label", ColumnType.TEXT).texts();
        int[] e = new int[ev.length];
        boolean[] pk = new boolean[ev.length];
        for (int i = 0; i < ev.length; i++) {
            if (ev[i] < Integer.MIN_VALUE || ev[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("peaks_bases event " + ev[i] + " is not a sample index");
            }
            e[i] = (int) ev[i];
            pk[i] = "peak".equals(label[i]);
        }
        return new PeaksBases(e, pk);
    }
}
