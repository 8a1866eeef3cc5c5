package org.fluorite.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.Projection;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.project.Project;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.fluorite.project.StoredRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RoiMasks;

/**
 * The sample behind a traced row: a projection of its movie along time (or Z), and the pixels of
 * the row's ROI, for the Datapoint Tracer.
 *
 * @param sampleId the sample
 * @param imageFile the sample's movie in the project (to open in a viewer)
 * @param projection the projection drawn
 * @param plane the projected image (width x height, doubles)
 * @param roi the row's ROI as pixels, or null when the row names no ROI of the sample
 * @param roiIndex position of the ROI in the sample, or -1
 */
public record SampleSnapshot(SampleId sampleId, Path imageFile, Projection projection, Plane plane, MaskRoi roi,
        int roiIndex) {

    /**
     * Opens the sample of {@code ref} in {@code project} and projects its movie.
     *
     * @return empty when the row names no sample or the project has no such sample
     * @throws IOException naming the movie when it cannot be read
     */
    public static Optional<SampleSnapshot> load(Project project, DataRef ref, Projection projection, ProgressMonitor monitor)
            throws IOException {
        if (ref.sampleId() == null) {
            return Optional.empty();
        }
        SampleId id;
        try {
            id = SampleId.parse(ref.sampleId());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<Sample> found = project.sample(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Sample s = found.get();
        Plane plane;
        Image movie = project.openImage(s);
        try {
            Axis along = movie.has(Axis.T) ? Axis.T : movie.has(Axis.Z) ? Axis.Z : null;
            Image projected = along == null ? movie : projection.apply(movie, along, monitor);
            plane = projected.plane(new long[projected.planeAxes().size()]);
        } finally {
            movie.close();
        }
        MaskRoi mask = null;
        int index = -1;
        for (int i = 0; i < s.rois().size(); i++) {
            StoredRoi r = s.rois().get(i);
            if (r.uuid().equals(ref.roiUuid())) {
                index = i;
                mask = r.roi() instanceof MaskRoi m ? m : RoiMasks.toMaskRoi(r.roi(), s.width(), s.height());
                break;
            }
        }
        return Optional.of(new SampleSnapshot(id, s.imageFile(), projection, plane, mask, index));
    }
}
