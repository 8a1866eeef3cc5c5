package org.fluorite.smlm.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchItemKind;
import org.osgi.service.component.annotations.Component;

/**
 * "localize": single-molecule localization of one stack, or of the frame range in the parameter
 * {@code frames=A:B}, by the {@code localize} command of org.fluorite.smlm. Parameters are that
 * command's options without the dashes (see {@link LocalizeOptions}). Output: {@value #OUTPUT}, a
 * ThunderSTORM CSV whose frame numbers are those of the whole stack.
 */
@Component(service = BatchItemKind.class)
public class LocalizeKind implements BatchItemKind {

    public static final String ID = "localize";
    public static final String OUTPUT = "locs.csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Single-molecule localization";
    }

    @Override
    public List<String> validate(Map<String, Object> parameters, List<String> inputs) {
        List<String> problems = new ArrayList<>();
        if (inputs.size() != 1) {
            problems.add("localize takes one input stack, got " + inputs.size());
        }
        problems.addAll(LocalizeOptions.problems(parameters));
        return problems;
    }

    @Override
    public List<String> commandLine(BatchItem item, Path outputDirectory) {
        List<String> args = new ArrayList<>();
        args.add("localize");
        args.add(item.inputs().get(0));
        args.add("--out");
        args.add(outputDirectory.resolve(OUTPUT).toString());
        args.addAll(LocalizeOptions.toArguments(item.parameters()));
        return args;
    }

    @Override
    public List<String> outputs(Map<String, Object> parameters) {
        return List.of(OUTPUT);
    }
}
