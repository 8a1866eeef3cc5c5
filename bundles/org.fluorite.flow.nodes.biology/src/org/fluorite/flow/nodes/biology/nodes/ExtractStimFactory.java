package org.fluorite.flow.nodes.biology.nodes;

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
import org.fluorite.flow.nodes.biology.numerics.StimulusExtraction;
import org.fluorite.flow.nodes.biology.numerics.StimulusPeriod;
import org.fluorite.flow.nodes.signal.support.Columns;
import org.osgi.service.component.annotations.Component;

/**
 * ExtractStim: one output row per input row and stimulus period of the chosen type (periods from
 * the row's {@value StimulusMaps#COLUMN} table, in order of start), with the seed's columns
 * {@code ST_TYPE, ST_NAME, _ST_CURVE, _ST_START_IX, _ST_END_IX, ST_uuid}.
 */
@Component(service = org.fluorite.flow.node.NodeFactory.class)
public final class ExtractStimFactory extends AbstractNodeFactory<ExtractStimFactory.Settings> {

    /** Settings of ExtractStim. */
    public record Settings(
            @Setting(label = "Data column", alias = "data_column", description = "Column of traces (blank: the last output)") String dataColumn,
            @Setting(label = "Stimulus type", alias = "Stim_Type") String stimType,
            @Setting(label = "Start offset", unit = "frames", min = -999999, max = 999999, alias = "start_offset") int startOffset,
            @Setting(label = "End offset", unit = "frames", min = -999999, max = 999999, alias = "end_offset") int endOffset,
            @Setting(label = "Zero position", alias = "zero_pos") StimulusExtraction.ZeroPosition zeroPos) {
        public static final Settings DEFAULTS = new Settings("", "", 0, 0, StimulusExtraction.ZeroPosition.START_OFFSET);
    }

    public ExtractStimFactory() {
        super("biology.ExtractStim", "ExtractStim", "Biology", "Cut each trace into its stimulus periods, one row per period.",
                Settings.DEFAULTS, TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                if (s.stimType().isBlank()) {
                    throw new NodeConfigurationException("Choose a stimulus type");
                }
                input.requireColumn(StimulusMaps.COLUMN, ColumnType.TABLE);
                if (!s.dataColumn().isBlank()) {
                    input.requireColumn(s.dataColumn().trim(), ColumnType.ARRAY);
                }
                return input.withColumn("ST_TYPE", ColumnType.TEXT).withColumn("ST_NAME", ColumnType.TEXT)
                        .withColumn("_ST_CURVE", ColumnType.ARRAY).withColumn("_ST_START_IX", ColumnType.LONG)
                        .withColumn("_ST_END_IX", ColumnType.LONG).withColumn("ST_uuid", ColumnType.UUID);
            }

            @Override
            protected Transmission execute(Transmission input, ExecutionContext context) {
                String column = Columns.resolve(s.dataColumn(), input);
                double[][] curves = input.frame().require(column, ColumnType.ARRAY).arrays();
                Frame[] maps = input.frame().require(StimulusMaps.COLUMN, ColumnType.TABLE).tables();
                List<Integer> parents = new ArrayList<>();
                List<StimulusExtraction.Extract> extracts = new ArrayList<>();
                for (int r = 0; r < curves.length; r++) {
                    context.checkCancelled();
                    List<StimulusPeriod> periods = StimulusMaps.periods(maps[r], s.stimType());
                    if (curves[r] == null || periods.isEmpty()) {
                        continue;
                    }
                    for (StimulusExtraction.Extract e : StimulusExtraction.extract(curves[r], periods, s.startOffset(),
                            s.endOffset(), s.zeroPos())) {
                        parents.add(r);
                        extracts.add(e);
                    }
                }
                int n = extracts.size();
                String[] type = new String[n];
                String[] name = new String[n];
                double[][] cv = new double[n][];
                long[] start = new long[n];
                long[] end = new long[n];
                UUID[] ids = new UUID[n];
                for (int i = 0; i < n; i++) {
                    StimulusExtraction.Extract e = extracts.get(i);
                    type[i] = s.stimType();
                    name[i] = e.name();
                    cv[i] = e.curve();
                    start[i] = e.startIndex();
                    end[i] = e.endIndex();
                    ids[i] = UUID.randomUUID();
                }
                Frame f = input.frame().selectRows(parents.stream().mapToInt(Integer::intValue).toArray())
                        .with(FlowColumn.ofText("ST_TYPE", type)).with(FlowColumn.ofText("ST_NAME", name))
                        .with(FlowColumn.ofArrays("_ST_CURVE", input.frame().require(column).unit(), cv))
                        .with(FlowColumn.ofLongs("_ST_START_IX", "samples", start))
                        .with(FlowColumn.ofLongs("_ST_END_IX", "samples", end)).with(FlowColumn.ofUuids("ST_uuid", ids));
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("data_column", column);
                params.put("stim_type", s.stimType());
                params.put("start_offset", s.startOffset());
                params.put("end_offset", s.endOffset());
                params.put("zero_pos", s.zeroPos().seedName());
                Transmission t = input.withFrame(f);
                return t.withOutput(t.frame().require("_ST_CURVE"), "time", context.operation("extract_stim", params));
            }
        };
    }
}
