package org.fluorite.flow.nodes.biology.nodes;

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
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.nodes.biology.numerics.StimulusTuning;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/**
 * StimTuning: merges its inputs and adds each row's tuning curve to one stimulus type (the seed's
 * columns: {@code _TUNE_CURVE_<type>_yvals} values, {@code TUNE_CURVE_<type>} a table of stimulus
 * and value, {@code TUNE_MAX_<type>} and {@code TUNE_MIN_<type>} the stimuli at the extremes), for
 * the tuning plot.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class StimTuningFactory extends AbstractNodeFactory<StimTuningFactory.Settings> {

    /** Settings of StimTuning. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of traces (blank: the last output)") String dataColumn,
            @Setting(label = "Stimulus type") String stimType,
            @Setting(label = "Statistic", alias = "method", description = "Per stimulus: mean, median, max or min of the trace") StimulusTuning.Method method,
            @Setting(label = "Start offset", unit = "frames", min = -999999, max = 999999, alias = "start_offset") int startOffset,
            @Setting(label = "End offset", unit = "frames", min = -999999, max = 999999, alias = "end_offset") int endOffset) {
        public static final Settings DEFAULTS = new Settings("", "", StimulusTuning.Method.MEAN, 0, 0);
    }

    public StimTuningFactory() {
        super("biology.StimTuning", "StimTuning", "Biology", "Tuning curve of each trace to the stimuli of one type.", Settings.DEFAULTS,
                List.of(new PortSpec("In", org.fluorite.flow.node.DataType.TRANSMISSION, false, true)),
                List.of(PortSpec.transmission("Out")));
    }

    @Override
    protected Node createNode(Settings s) {
        String type = s.stimType().trim();
        return new Node() {
            @Override
            public List<DataSpec> configure(Inputs<DataSpec> inputs) throws NodeConfigurationException {
                if (!inputs.present(0)) {
                    throw new NodeConfigurationException("Connect at least one transmission to In");
                }
                if (type.isEmpty()) {
                    throw new NodeConfigurationException("Choose a stimulus type");
                }
                DataSpec in = inputs.get(0);
                in.requireColumn(StimulusMaps.COLUMN, ColumnType.TABLE);
                return List.of(in.withColumn("_TUNE_CURVE_" + type + "_yvals", ColumnType.ARRAY)
                        .withColumn("TUNE_CURVE_" + type, ColumnType.TABLE).withColumn("TUNE_MAX_" + type, ColumnType.TEXT)
                        .withColumn("TUNE_MIN_" + type, ColumnType.TEXT));
            }

            @Override
            public List<Object> execute(Inputs<Object> inputs, ExecutionContext context) {
                List<Transmission> all = inputs.all(0).stream().map(Transmission.class::cast).toList();
                Transmission t = Transmission.merge(all);
                String column = Columns.resolve(s.dataColumn(), t);
                double[][] curves = t.frame().require(column, ColumnType.ARRAY).arrays();
                Frame[] maps = t.frame().require(StimulusMaps.COLUMN, ColumnType.TABLE).tables();
                int n = curves.length;
                double[][] ys = new double[n][];
                Frame[] tables = new Frame[n];
                String[] max = new String[n];
                String[] min = new String[n];
                for (int r = 0; r < n; r++) {
                    context.checkCancelled();
                    if (curves[r] == null) {
                        continue;
                    }
                    StimulusTuning.Curve c = StimulusTuning.of(curves[r], StimulusMaps.periods(maps[r], type), s.method(),
                            s.startOffset(), s.endOffset());
                    ys[r] = c.values();
                    tables[r] = Frame.of(FlowColumn.ofText("stimulus", c.stimuli().toArray(String[]::new)),
                            FlowColumn.ofDoubles("value", "", c.values()));
                    max[r] = c.maxStimulus();
                    min[r] = c.minStimulus();
                }
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("data_column", column);
                params.put("stim_type", type);
                params.put("method", s.method().name().toLowerCase(java.util.Locale.ROOT));
                params.put("start_offset", s.startOffset());
                params.put("end_offset", s.endOffset());
                Transmission out = t.withColumn(FlowColumn.ofArrays("_TUNE_CURVE_" + type + "_yvals", "", ys))
                        .withColumn(FlowColumn.ofTables("TUNE_CURVE_" + type, tables))
                        .withColumn(FlowColumn.ofText("TUNE_MAX_" + type, max))
                        .withColumn(FlowColumn.ofText("TUNE_MIN_" + type, min))
                        .withOperation(context.operation("stim_tuning", params));
                return new java.util.ArrayList<>(List.of(out));
            }
        };
    }
}
