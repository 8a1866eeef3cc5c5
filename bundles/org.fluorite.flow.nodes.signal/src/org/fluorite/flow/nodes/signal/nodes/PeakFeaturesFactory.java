package org.fluorite.flow.nodes.signal.nodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.settings.Setting;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.flow.nodes.signal.numerics.PeakFeatures;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/**
 * PeakFeatures: one output row per flanked peak, the parent row's columns repeated, plus the seed's
 * {@code _pf_*} columns ({@link PeakFeatures}). Peaks without a base on each side are skipped with a
 * warning on the node.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class PeakFeaturesFactory extends AbstractNodeFactory<PeakFeaturesFactory.Settings> {

    /** The output columns, in the seed's order. */
    public static final List<String> FEATURES = List.of("_pf_ampl_rel_b_ix_l", "_pf_ampl_rel_b_ix_r", "_pf_ampl_rel_b_mean",
            "_pf_ampl_rel_zero", "_pf_area_rel_zero", "_pf_area_rel_min", "_pf_rising_slope_avg", "_pf_falling_slope_avg",
            "_pf_duration_base", "_pf_peak_curve", "_pf_uuid", "_pf_p_ix", "_pf_b_ix_l", "_pf_b_ix_r");

    /** Settings of PeakFeatures. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of the curves the peaks were placed on (blank: the last output)") String dataColumn) {
        public static final Settings DEFAULTS = new Settings("");
    }

    public PeakFeaturesFactory() {
        super("signal.PeakFeatures", "PeakFeatures", "Signal",
                "Amplitudes, areas, slopes and durations of every detected peak, one row per peak.", Settings.DEFAULTS,
                TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                input.requireColumn(PeakDetectFactory.PEAKS_BASES, ColumnType.TABLE);
                if (!s.dataColumn().isBlank()) {
                    input.requireColumn(s.dataColumn().trim(), ColumnType.ARRAY);
                }
                DataSpec out = input;
                for (String f : FEATURES) {
                    out = out.withColumn(f, type(f));
                }
                return out;
            }

            @Override
            protected Transmission execute(Transmission input, ExecutionContext context) {
                String column = Columns.resolve(s.dataColumn(), input);
                double[][] curves = input.frame().require(column, ColumnType.ARRAY).arrays();
                Frame[] pbs = input.frame().require(PeakDetectFactory.PEAKS_BASES, ColumnType.TABLE).tables();
                List<Integer> parents = new ArrayList<>();
                List<PeakFeatures.Peak> peaks = new ArrayList<>();
                for (int r = 0; r < curves.length; r++) {
                    context.checkCancelled();
                    if (curves[r] == null) {
                        continue;
                    }
                    PeakFeatures.Result res;
                    try {
                        res = PeakFeatures.compute(curves[r], PeakDetectFactory.fromTable(pbs[r]));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(context.nodeName() + ": row " + r + " of '"
                                + PeakDetectFactory.PEAKS_BASES + "': " + e.getMessage(), e);
                    }
                    for (String w : res.skipped()) {
                        context.warn("row " + r + ": " + w + ", ignored");
                    }
                    for (PeakFeatures.Peak p : res.peaks()) {
                        parents.add(r);
                        peaks.add(p);
                    }
                }
                int n = peaks.size();
                Frame f = input.frame().selectRows(parents.stream().mapToInt(Integer::intValue).toArray());
                double[][] d = new double[8][n];
                long[][] l = new long[4][n];
                double[][] pc = new double[n][];
                UUID[] ids = new UUID[n];
                for (int i = 0; i < n; i++) {
                    PeakFeatures.Peak p = peaks.get(i);
                    double[] v = {p.amplRelLeftBase(), p.amplRelRightBase(), p.amplRelBaseMean(), p.amplRelZero(),
                            p.areaRelZero(), p.areaRelMin(), p.risingSlopeAvg(), p.fallingSlopeAvg()};
                    for (int k = 0; k < 8; k++) {
                        d[k][i] = v[k];
                    }
                    l[0][i] = p.durationBase();
                    l[1][i] = p.peakIndex();
                    l[2][i] = p.leftBaseIndex();
                    l[3][i] = p.rightBaseIndex();
                    pc[i] = p.peakCurve();
                    ids[i] = UUID.randomUUID();
                }
                for (int k = 0; k < 8; k++) {
                    f = f.with(FlowColumn.ofDoubles(FEATURES.get(k), "", d[k]));
                }
                f = f.with(FlowColumn.ofLongs("_pf_duration_base", "samples", l[0]));
                f = f.with(FlowColumn.ofArrays("_pf_peak_curve", "", pc));
                f = f.with(FlowColumn.ofUuids("_pf_uuid", ids));
                f = f.with(FlowColumn.ofLongs("_pf_p_ix", "samples", l[1]));
                f = f.with(FlowColumn.ofLongs("_pf_b_ix_l", "samples", l[2]));
                f = f.with(FlowColumn.ofLongs("_pf_b_ix_r", "samples", l[3]));
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("data_column", column);
                return input.withFrame(f).withOperation(context.operation("peak-features", params));
            }
        };
    }

    static ColumnType type(String feature) {
        return switch (feature) {
            case "_pf_peak_curve" -> ColumnType.ARRAY;
            case "_pf_uuid" -> ColumnType.UUID;
            case "_pf_duration_base", "_pf_p_ix", "_pf_b_ix_l", "_pf_b_ix_r" -> ColumnType.LONG;
            default -> ColumnType.DOUBLE;
        };
    }
}
