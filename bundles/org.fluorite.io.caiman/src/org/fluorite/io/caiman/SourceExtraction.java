package org.fluorite.io.caiman;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.table.Table;
import org.fluorite.roi.RoiSet;

/**
 * The result of a calcium-imaging source extraction read from a file (a CaImAn CNMF HDF5 file, a
 * suite2p output folder): the spatial footprints as a {@link RoiSet} of weighted masks, the
 * temporal traces as tables of kind {@value Traces#KIND} (one row per frame, one column per ROI),
 * and the summary images the tool saved (mean image, background, ...). Immutable.
 *
 * <p>{@link #describe()} gives {@code rois} (number of components), {@code frames} (number of
 * time points of the traces), {@code traces} (table names), {@code images} (image names) and,
 * when the tool marked components as accepted, {@code accepted}.
 */
public final class SourceExtraction implements DataObject {

    /** The {@link #kind()} of source-extraction results. */
    public static final String KIND = "sources";

    private final String name;
    private final RoiSet rois;
    private final List<Table> traces;
    private final List<Image> images;
    private final int frames;
    private final int accepted;
    private final Metadata metadata;
    private final Provenance provenance;

    /**
     * @param frames   number of time points of the traces
     * @param accepted number of components the tool accepted as cells, -1 when it did not say
     */
    public SourceExtraction(String name, RoiSet rois, List<Table> traces, List<Image> images, int frames, int accepted,
            Metadata metadata, Provenance provenance) {
        this.name = Objects.requireNonNull(name, "name");
        this.rois = Objects.requireNonNull(rois, "rois");
        this.traces = List.copyOf(traces);
        this.images = List.copyOf(images);
        this.frames = frames;
        this.accepted = accepted;
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Metadata metadata() {
        return metadata;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    /** The spatial footprints, one weighted mask per component, in component order. */
    public RoiSet rois() {
        return rois;
    }

    public int roiCount() {
        return rois.size();
    }

    /** Number of time points (rows of every trace table). */
    public int frameCount() {
        return frames;
    }

    /** Number of accepted components, -1 when the file does not say. */
    public int acceptedCount() {
        return accepted;
    }

    /** Trace tables (kind {@value Traces#KIND}) in the order the format defines them. */
    public List<Table> traces() {
        return traces;
    }

    /** The trace table named {@code tableName} (e.g. "C", "F"). */
    public Optional<Table> trace(String tableName) {
        return traces.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    /** Summary images (mean image, background components, ...). */
    public List<Image> images() {
        return images;
    }

    public Optional<Image> image(String imageName) {
        return images.stream().filter(i -> i.name().equals(imageName)).findFirst();
    }

    /** This result first, then the ROI set, the trace tables and the images: what an importer returns. */
    public List<DataObject> dataObjects() {
        List<DataObject> out = new ArrayList<>();
        out.add(this);
        out.add(rois);
        out.addAll(traces);
        out.addAll(images);
        return out;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rois", rois.size());
        m.put("frames", frames);
        if (accepted >= 0) {
            m.put("accepted", accepted);
        }
        m.put("traces", traces.stream().map(Table::name).toList());
        m.put("images", images.stream().map(Image::name).toList());
        rois.imageWidth().ifPresent(w -> m.put("imageWidth", w));
        rois.imageHeight().ifPresent(h -> m.put("imageHeight", h));
        return m;
    }

    @Override
    public String toString() {
        return "SourceExtraction[" + name + ", " + rois.size() + " ROIs, " + frames + " frames]";
    }
}
