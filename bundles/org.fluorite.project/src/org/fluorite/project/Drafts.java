package org.fluorite.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.image.Image;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.project.internal.ImageStore;
import org.fluorite.project.internal.SampleRows;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.stimulus.StimulusMap;

/** What {@link Project} derives from a {@link SampleDraft} before storing it: checked values, traces, uuids, the row. */
final class Drafts {

    private Drafts() {
    }

    static SampleRows.SampleRecord record(Path dir, SampleDraft d, SampleRows.ImageRecord image, String date, String operation) {
        Image img = d.image();
        org.fluorite.core.meta.Metadata meta = img == null ? d.metadata() : img.metadata().withAll(d.metadata().asMap());
        Provenance history = !d.provenance().isEmpty() || img == null ? d.provenance() : img.provenance();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("project", dir.toString());
        params.put("sampleId", d.id().toString());
        params.put("imageUuid", image.uuid());
        params.put("imageStorage", image.storage().word());
        params.put("rois", d.rois().size());
        history = history.then(Operation.of(operation, params));
        StimulusMap stim = d.stimulus() == null ? StimulusMap.empty("stimulus") : d.stimulus();
        return new SampleRows.SampleRecord(d.id(), image, d.comments(), date, meta, history, stim);
    }

    static Map<String, Object> customValues(ProjectConfiguration configuration, SampleDraft d, Sample old) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : d.customValues().keySet()) {
            ProjectColumn col = configuration.column(key).filter(c -> c.kind() == ColumnKind.CUSTOM).orElseThrow(
                    () -> new IllegalArgumentException("The project has no custom column '" + key + "' (it has "
                            + String.join(", ", configuration.customColumns().stream().map(ProjectColumn::name).toList()) + ")"));
            Object v = col.type().convert(key, d.customValues().get(key));
            if (v != null) {
                out.put(key, v);
            }
        }
        for (ProjectColumn col : configuration.customColumns()) {
            if (!out.containsKey(col.name())) {
                Object v = old != null && old.customValues().containsKey(col.name()) ? old.customValues().get(col.name())
                        : col.replaceValue();
                if (v != null) {
                    out.put(col.name(), v);
                }
            }
        }
        return out;
    }

    static double[][] traces(SampleDraft d, Image movie, ProgressMonitor monitor) throws IOException {
        if (d.traces() != null) {
            return d.traces();
        }
        if (d.rois().size() == 0) {
            return new double[0][];
        }
        return TraceExtractor.meanTraces(ImageStore.asMovie(movie), d.rois().rois(), monitor);
    }

    static List<String> roiUuids(SampleDraft d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.rois().size(); i++) {
            String given = d.roiUuids() == null ? null : d.roiUuids().get(i);
            out.add(given == null ? UUID.randomUUID().toString() : UUID.fromString(given).toString());
        }
        if (out.stream().distinct().count() != out.size()) {
            throw new IllegalArgumentException("Two ROIs of sample " + d.id() + " share a uuid");
        }
        return out;
    }
}
