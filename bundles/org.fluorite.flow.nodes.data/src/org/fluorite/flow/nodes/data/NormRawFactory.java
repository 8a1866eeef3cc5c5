package org.fluorite.flow.nodes.data;

import java.util.LinkedHashMap;
import java.util.Locale;
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
import org.fluorite.io.FormatRegistry;
import org.fluorite.project.ProjectService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * NormRaw: each raw curve rescaled linearly so that its smallest value becomes the raw minimum and
 * its largest the raw maximum of the ROI's spatial region in the raw movie (CNMF-E data), as
 * tslearn's TimeSeriesScalerMinMax with that value range does:
 * {@code out = (x - min(x)) / (max(x) - min(x)) * (rawMax - rawMin) + rawMin}, NaNs ignored for
 * min and max, a flat curve giving rawMin. The raw minimum and maximum of each row come from the
 * numerical columns {@code _raw_min_<option>} and {@code _raw_max_<option>} (e.g.
 * {@code _raw_min_top_5}) when the input has them; otherwise they are read from the project's
 * movies as Mesmerize computes them ({@link RawRange}: the ROI's pixels in the frames where its raw
 * curve is smallest and largest), using the SampleID and ROI_UUID columns. Rows whose raw minimum
 * is not below the raw maximum (or is missing) are dropped, with a warning giving their number.
 * Output {@value #OUTPUT}; logs "normrawminmax" with data_column, option, output_column and
 * raw_range_from ("columns" or "project").
 */
@Component(service = NodeFactory.class)
public class NormRawFactory extends AbstractNodeFactory<NormRawFactory.Settings> {

    public static final String OUTPUT = "_NORMRAW";

    /** Which raw pixel statistic gives the minimum and maximum (Mesmerize's options). */
    public enum Option {
        TOP_5, TOP_10, TOP_5P, TOP_10P, TOP_25P, FULL_MEAN;

        /** Mesmerize's name, e.g. "top_5p". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param option which raw statistic */
    public record Settings(@Setting(label = "Raw min and max from", alias = "option") Option option) {

        public Settings {
            option = option == null ? Option.TOP_5 : option;
        }
    }

    private volatile ProjectService projects;
    private volatile FormatRegistry formats;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setProjectService(ProjectService service) {
        this.projects = service;
    }

    public void unsetProjectService(ProjectService service) {
        if (projects == service) {
            projects = null;
        }
    }

    /** The formats used to open the project's movies when no ProjectService is there (headless runs). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setFormatRegistry(FormatRegistry registry) {
        this.formats = registry;
    }

    public void unsetFormatRegistry(FormatRegistry registry) {
        if (formats == registry) {
            formats = null;
        }
    }

    public NormRawFactory() {
        super("data.NormRaw", "NormRaw", DataNodes.CATEGORY, "Scales raw curves to the raw min and max of their ROI (CNMF-E)",
                new Settings(Option.TOP_5), TransmissionNode.INPUTS, TransmissionNode.OUTPUTS);
    }

    /** The column of raw minima for an option. */
    public static String minColumn(Option o) {
        return "_raw_min_" + o.key();
    }

    /** The column of raw maxima for an option. */
    public static String maxColumn(Option o) {
        return "_raw_max_" + o.key();
    }

    @Override
    protected Node createNode(Settings s) {
        return new TransmissionNode() {
            @Override
            protected DataSpec configure(DataSpec input) throws NodeConfigurationException {
                input.requireColumn(Transmission.RAW_CURVE, ColumnType.ARRAY);
                if (!hasRangeColumns(input)) {
                    for (String c : ProjectRawRanges.neededColumns()) {
                        if (input.columnsKnown() && !input.columns().containsKey(c)) {
                            throw new NodeConfigurationException("NormRaw needs the columns " + minColumn(s.option()) + " and "
                                    + maxColumn(s.option()) + ", or SampleID and ROI_UUID to read them from the project's movies");
                        }
                    }
                }
                return input.withColumn(OUTPUT, ColumnType.ARRAY);
            }

            private boolean hasRangeColumns(DataSpec input) {
                return input.columns().containsKey(minColumn(s.option())) && input.columns().containsKey(maxColumn(s.option()));
            }

            @Override
            protected Transmission execute(Transmission in, ExecutionContext context) throws Exception {
                double[][] raw = in.frame().require(Transmission.RAW_CURVE, ColumnType.ARRAY).arrays();
                double[] lo;
                double[] hi;
                boolean fromColumns = in.frame().has(minColumn(s.option())) && in.frame().has(maxColumn(s.option()));
                if (fromColumns) {
                    lo = numbers(in.column(minColumn(s.option())));
                    hi = numbers(in.column(maxColumn(s.option())));
                } else {
                    double[][] range = ProjectAccess.with(projects, context, "NormRaw", formats,
                            p -> ProjectRawRanges.compute(p, in, s.option(), context));
                    lo = range[0];
                    hi = range[1];
                }
                double[][] out = new double[raw.length][];
                IntStream rows = IntStream.range(0, raw.length);
                (context.parallel() ? rows.parallel() : rows).forEach(i -> out[i] = scale(raw[i], lo[i], hi[i]));
                int[] keep = IntStream.range(0, raw.length).filter(i -> out[i] != null).toArray();
                if (keep.length < raw.length) {
                    context.warn((raw.length - keep.length) + " curves were excluded because their raw min was not below their raw max");
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("data_column", Transmission.RAW_CURVE);
                p.put("option", s.option().key());
                p.put("output_column", OUTPUT);
                p.put("raw_range_from", fromColumns ? "columns" : "project");
                Transmission t = in.withOutput(FlowColumn.ofArrays(OUTPUT, "", out), "time", context.operation("normrawminmax", p));
                return keep.length == raw.length ? t : t.selectRows(keep);
            }
        };
    }

    private static double[] numbers(FlowColumn c) {
        if (c.type() == ColumnType.LONG) {
            return java.util.Arrays.stream(c.longs()).asDoubleStream().toArray();
        }
        return c.doubles();
    }

    /** The curve scaled to [rawMin, rawMax]; null when the range is unusable or the curve missing. */
    static double[] scale(double[] x, double rawMin, double rawMax) {
        if (x == null || !(rawMin < rawMax)) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double range = max - min;
        if (!(range > 0)) {
            range = 1;
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (x[i] - min) / range * (rawMax - rawMin) + rawMin;
        }
        return out;
    }
}
