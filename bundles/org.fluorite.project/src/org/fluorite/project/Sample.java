package org.fluorite.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;
import org.fluorite.roi.RoiSet;
import org.fluorite.stimulus.StimulusMap;

/**
 * A sample read back from a project (open it in a viewer with {@link Project#openImage}).
 *
 * @param id           the sample id (never changes)
 * @param imageUuid    the image's uuid (Mesmerize's ImgUUID)
 * @param storage      copied or referenced movie
 * @param imageFile    absolute path of the movie file
 * @param imageSha256  SHA-256 of the movie file, lower-case hex (null for projects migrated without one)
 * @param frames       number of frames of the movie
 * @param width        width of the movie, pixels
 * @param height       height of the movie, pixels
 * @param rois         the ROIs with uuids and traces, in their order
 * @param stimulus     the stimulus map (empty when none)
 * @param customValues custom column values by column name (String, Long or Double)
 * @param comments     free text
 * @param date         when the sample was first added, ISO-8601 UTC
 * @param metadata     what the movie's file and the user said about it
 * @param provenance   history of the sample's data, oldest first
 */
public record Sample(SampleId id, String imageUuid, ImageStorage storage, Path imageFile, String imageSha256, long frames,
        int width, int height, List<StoredRoi> rois, StimulusMap stimulus, Map<String, Object> customValues, String comments,
        String date, Metadata metadata, Provenance provenance) {

    public Sample {
        rois = List.copyOf(rois);
        customValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customValues));
    }

    /** The ROIs as a set (tags included), named after the sample. */
    public RoiSet roiSet() {
        return new RoiSet(id.toString(), rois.stream().map(StoredRoi::roi).toList()).withImageSize(width, height);
    }

    /** The traces, [roi][frame]. */
    public double[][] traces() {
        return rois.stream().map(StoredRoi::trace).toArray(double[][]::new);
    }

    public List<String> roiUuids() {
        return rois.stream().map(StoredRoi::uuid).toList();
    }
}
