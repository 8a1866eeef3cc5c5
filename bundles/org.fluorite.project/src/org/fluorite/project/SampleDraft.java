package org.fluorite.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;
import org.fluorite.roi.RoiSet;
import org.fluorite.stimulus.StimulusMap;

/**
 * Everything "add to project" stores for one sample, gathered before the single transaction that
 * writes it: the movie (with the file it came from, to copy or reference), the ROIs with their
 * tags, one trace per ROI (computed by the project when absent), the stimulus map, the custom
 * column values, comments, metadata and history. Build with {@link #builder(SampleId)}.
 */
public final class SampleDraft {

    private final SampleId id;
    private final Image image;
    private final Path imageFile;
    private final ImageStorage storage;
    private final RoiSet rois;
    private final List<String> roiUuids;
    private final double[][] traces;
    private final StimulusMap stimulus;
    private final Map<String, Object> customValues;
    private final String comments;
    private final Metadata metadata;
    private final Provenance provenance;

    private SampleDraft(Builder b) {
        this.id = Objects.requireNonNull(b.id, "sample id");
        this.image = b.image;
        this.imageFile = b.imageFile;
        this.storage = b.storage;
        this.rois = b.rois == null ? new RoiSet("rois", List.of()) : b.rois;
        this.roiUuids = b.roiUuids == null ? null : Collections.unmodifiableList(new ArrayList<>(b.roiUuids));
        this.traces = b.traces;
        this.stimulus = b.stimulus;
        this.customValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.customValues));
        this.comments = b.comments == null ? "" : b.comments;
        this.metadata = b.metadata == null ? Metadata.EMPTY : b.metadata;
        this.provenance = b.provenance == null ? Provenance.EMPTY : b.provenance;
        if (roiUuids != null && roiUuids.size() != rois.size()) {
            throw new IllegalArgumentException(roiUuids.size() + " ROI uuids for " + rois.size() + " ROIs");
        }
        if (traces != null && traces.length != rois.size()) {
            throw new IllegalArgumentException(traces.length + " traces for " + rois.size() + " ROIs");
        }
        if (storage == ImageStorage.REFERENCE && imageFile == null) {
            throw new IllegalArgumentException("A referenced movie needs its file");
        }
    }

    public static Builder builder(SampleId id) {
        return new Builder(id);
    }

    public SampleId id() {
        return id;
    }

    /** The movie; null when saving over a sample without its image data. */
    public Image image() {
        return image;
    }

    /** The file the movie was read from, or null when it exists only in memory. */
    public Path imageFile() {
        return imageFile;
    }

    public ImageStorage storage() {
        return storage;
    }

    public RoiSet rois() {
        return rois;
    }

    /** Uuids to keep for the ROIs (same order; null entries get new ones), or null for all new. */
    public List<String> roiUuids() {
        return roiUuids;
    }

    /** One trace per ROI ([roi][frame]), or null to have them measured from the movie. */
    public double[][] traces() {
        return traces;
    }

    /** The stimulus map, or null for none. */
    public StimulusMap stimulus() {
        return stimulus;
    }

    /** Values of custom columns by column name (String, Long or Double). */
    public Map<String, Object> customValues() {
        return customValues;
    }

    public String comments() {
        return comments;
    }

    /** Metadata to keep besides the movie's own. */
    public Metadata metadata() {
        return metadata;
    }

    /** History of the sample's data, oldest first (the movie's is used when empty). */
    public Provenance provenance() {
        return provenance;
    }

    /** Collects the parts of a draft. */
    public static final class Builder {
        private final SampleId id;
        private Image image;
        private Path imageFile;
        private ImageStorage storage = ImageStorage.COPY;
        private RoiSet rois;
        private List<String> roiUuids;
        private double[][] traces;
        private StimulusMap stimulus;
        private final Map<String, Object> customValues = new LinkedHashMap<>();
        private String comments;
        private Metadata metadata;
        private Provenance provenance;

        private Builder(SampleId id) {
            this.id = id;
        }

        /**
         * The movie and the file it was read from. Give the file only when the movie is exactly
         * that file's content (a TIFF file is then copied byte for byte, any file can be
         * referenced); give null for a movie changed in memory (cropped, motion corrected, one
         * channel of several), which is then written as a TIFF into images/.
         */
        public Builder image(Image movie, Path file) {
            this.image = movie;
            this.imageFile = file;
            return this;
        }

        /** Keep the movie where it is (checksummed) instead of copying it. */
        public Builder storage(ImageStorage how) {
            this.storage = Objects.requireNonNull(how);
            return this;
        }

        public Builder rois(RoiSet set) {
            this.rois = set;
            return this;
        }

        public Builder roiUuids(List<String> uuids) {
            this.roiUuids = uuids;
            return this;
        }

        /** Traces [roi][frame] measured elsewhere; without them the project measures mean traces. */
        public Builder traces(double[][] values) {
            this.traces = values;
            return this;
        }

        public Builder stimulus(StimulusMap map) {
            this.stimulus = map;
            return this;
        }

        /** A custom column value (String, Long or Double; text is converted to the column's type). */
        public Builder value(String column, Object value) {
            customValues.put(column, Json.checkValue(value));
            return this;
        }

        public Builder comments(String text) {
            this.comments = text;
            return this;
        }

        public Builder metadata(Metadata m) {
            this.metadata = m;
            return this;
        }

        public Builder provenance(Provenance p) {
            this.provenance = p;
            return this;
        }

        public SampleDraft build() {
            return new SampleDraft(this);
        }
    }
}
