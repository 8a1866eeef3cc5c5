package org.fluorite.batch.kinds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchItemKind;
import org.osgi.service.component.annotations.Component;

/**
 * "motion-correct": one movie corrected by the {@code motion-correct} command of
 * org.fluorite.motion. Parameters are that command's options without the dashes
 * ({@code piecewise=true}, {@code max-shifts=6}, {@code output-type=uint16}, ...). Outputs:
 * {@value #CORRECTED} (the corrected movie) and {@value #SHIFTS} (frame,x,y shifts in pixels).
 */
@Component(service = BatchItemKind.class)
public class MotionCorrectKind implements BatchItemKind {

    public static final String ID = "motion-correct";
    public static final String CORRECTED = "corrected.tif";
    public static final String SHIFTS = "shifts.csv";
    /** The options of {@code motion-correct} that take a value. */
    static final Set<String> VALUE_OPTIONS = Set.of("max-shifts", "niter-rig", "gsig-filt", "strides", "overlaps",
            "max-deviation-rigid", "upsample-factor-grid", "output-type", "border", "auto-crop", "threads");
    /** The options of {@code motion-correct} that are flags. */
    static final Set<String> FLAGS = Set.of("piecewise");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Motion correction";
    }

    @Override
    public List<String> validate(Map<String, Object> parameters, List<String> inputs) {
        List<String> problems = new ArrayList<>();
        if (inputs.size() != 1) {
            problems.add("motion-correct takes one input movie, got " + inputs.size());
        }
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            if (FLAGS.contains(k)) {
                if (!(v instanceof Boolean) && !"true".equals(String.valueOf(v)) && !"false".equals(String.valueOf(v))) {
                    problems.add("parameter " + k + " is true or false, not '" + v + "'");
                }
            } else if (VALUE_OPTIONS.contains(k)) {
                if (v == null || v instanceof Map || v instanceof List || String.valueOf(v).isBlank()) {
                    problems.add("parameter " + k + " needs a value");
                }
            } else {
                problems.add("unknown parameter '" + k + "' for motion-correct (known: piecewise, "
                        + String.join(", ", VALUE_OPTIONS.stream().sorted().toList()) + ")");
            }
        }
        return problems;
    }

    @Override
    public List<String> commandLine(BatchItem item, Path outputDirectory) {
        List<String> args = new ArrayList<>();
        args.add("motion-correct");
        args.add(item.inputs().get(0));
        args.add("--out");
        args.add(outputDirectory.resolve(CORRECTED).toString());
        args.add("--shifts");
        args.add(outputDirectory.resolve(SHIFTS).toString());
        item.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (FLAGS.contains(e.getKey())) {
                if (Boolean.parseBoolean(String.valueOf(e.getValue()))) {
                    args.add("--" + e.getKey());
                }
            } else {
                args.add("--" + e.getKey());
                args.add(value(e.getValue()));
            }
        });
        return args;
    }

    private static String value(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    @Override
    public List<String> outputs(Map<String, Object> parameters) {
        return List.of(CORRECTED, SHIFTS);
    }
}
