package org.fluorite.project.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.project.ImageStorage;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectTable;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleDraft;
import org.fluorite.project.SampleId;
import org.fluorite.roi.RoiSet;
import org.fluorite.stimulus.StimulusCsv;
import org.fluorite.stimulus.StimulusMap;

/** {@code ./fluorite project add-sample DIR --image MOVIE --animal A --trial T ...}. */
final class AddSampleCommand {

    static final String IMAGE = "--image";
    static final String ANIMAL = "--animal";
    static final String TRIAL = "--trial";
    static final String ROIS = "--rois";
    static final String STIMULUS = "--stimulus";
    static final String REFERENCE = "--reference";
    static final String SET = "--set";
    static final String COMMENTS = "--comments";

    int run(List<String> args, CliContext context) throws Exception {
        RepeatedOptions r = RepeatedOptions.split(args, Set.of(SET));
        Arguments a = Arguments.parse(r.rest, Set.of(ProjectCommand.JSON, REFERENCE),
                Set.of(IMAGE, ANIMAL, TRIAL, ROIS, STIMULUS, COMMENTS));
        String dir = a.positional(0, "DIR");
        a.expectAtMostPositionals(1);
        String imageArg = a.option(IMAGE).orElseThrow(() -> new UsageException("add-sample needs --image MOVIE"));
        String animal = a.option(ANIMAL).orElseThrow(() -> new UsageException("add-sample needs --animal A"));
        String trial = a.option(TRIAL).orElseThrow(() -> new UsageException("add-sample needs --trial T"));
        SampleId id;
        try {
            id = new SampleId(animal, trial);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, String> sets = new LinkedHashMap<>();
        for (String s : r.get(SET)) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set takes column=value, not '" + s + "'");
            }
            sets.put(s.substring(0, eq), s.substring(eq + 1));
        }
        Path projectDir = context.file(dir);
        try (Project project = Project.open(projectDir, ProjectCommand.options(context))) {
            SampleDraft.Builder b = SampleDraft.builder(id);
            if (a.option(ROIS).isPresent()) {
                b.rois(rois(context, context.workingDirectory().resolve(a.option(ROIS).get()).normalize()));
            }
            if (a.option(STIMULUS).isPresent()) {
                Path stim = context.file(a.option(STIMULUS).get());
                List<String> notes = new ArrayList<>();
                StimulusMap map = StimulusCsv.read(stim, notes);
                notes.forEach(n -> context.err().println("project add-sample: " + stim + ": " + n));
                b.stimulus(map);
            }
            sets.forEach((k, v) -> {
                if (k.equals(ProjectTable.COMMENTS)) {
                    b.comments(v);
                } else {
                    b.value(k, v);
                }
            });
            a.option(COMMENTS).ifPresent(b::comments);
            Path moviePath = context.file(imageArg);
            ImportResult movie = context.open(moviePath, ImportOptions.NONE);
            Sample sample;
            try {
                Image image = movie.firstImage();
                b.image(image, moviePath).storage(a.flag(REFERENCE) ? ImageStorage.REFERENCE : ImageStorage.COPY);
                sample = project.addSample(b.build(), context.progress());
            } finally {
                for (DataObject d : movie.data()) {
                    if (d instanceof Image i) {
                        i.close();
                    }
                }
            }
            print(context, a.flag(ProjectCommand.JSON), project, sample);
        }
        return CommandLine.EXIT_OK;
    }

    private static RoiSet rois(CliContext context, Path path) throws Exception {
        ImportResult result = context.open(path, ImportOptions.NONE);
        return result.data().stream().filter(RoiSet.class::isInstance).map(RoiSet.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(path + ": holds no ROIs (it holds "
                        + String.join(", ", result.data().stream().map(DataObject::kind).toList()) + ")"));
    }

    private static void print(CliContext context, boolean json, Project project, Sample s) throws java.io.IOException {
        if (!json) {
            context.out().println("Added " + s.id() + " to " + project.directory() + ": " + s.rois().size() + " ROIs, "
                    + s.frames() + " frames, movie " + s.storage().word() + " " + s.imageFile());
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sampleId", s.id().toString());
        out.put("animalId", s.id().animal());
        out.put("trialId", s.id().trial());
        out.put("imageUuid", s.imageUuid());
        out.put("imageStorage", s.storage().word());
        out.put("imageFile", s.imageFile().toString());
        out.put("imageSha256", s.imageSha256());
        out.put("frames", s.frames());
        out.put("width", s.width());
        out.put("height", s.height());
        out.put("rois", s.rois().size());
        out.put("roiUuids", s.roiUuids());
        out.put("customValues", s.customValues());
        out.put("stimulusPeriods", s.stimulus().periodCount());
        out.put("date", s.date());
        context.out().println(Json.writePretty(out));
    }
}
