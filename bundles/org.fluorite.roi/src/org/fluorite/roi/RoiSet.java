package org.fluorite.roi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.fluorite.core.DataObject;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * An ordered set of ROIs, e.g. an ImageJ RoiSet zip or the components of a source extraction,
 * optionally with the size of the image they were drawn on. Immutable.
 */
public final class RoiSet implements DataObject {

    public static final String KIND = "rois";

    private final String name;
    private final List<Roi> rois;
    private final int imageWidth;
    private final int imageHeight;
    private final Metadata metadata;
    private final Provenance provenance;

    public RoiSet(String name, List<Roi> rois) {
        this(name, rois, -1, -1, Metadata.EMPTY, Provenance.EMPTY);
    }

    private RoiSet(String name, List<Roi> rois, int imageWidth, int imageHeight, Metadata metadata, Provenance provenance) {
        this.name = name;
        this.rois = List.copyOf(rois);
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.metadata = metadata;
        this.provenance = provenance;
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

    public List<Roi> rois() {
        return rois;
    }

    public int size() {
        return rois.size();
    }

    /** Width of the image the ROIs belong to, when known. */
    public OptionalInt imageWidth() {
        return imageWidth < 0 ? OptionalInt.empty() : OptionalInt.of(imageWidth);
    }

    public OptionalInt imageHeight() {
        return imageHeight < 0 ? OptionalInt.empty() : OptionalInt.of(imageHeight);
    }

    public RoiSet withImageSize(int width, int height) {
        return new RoiSet(name, rois, width, height, metadata, provenance);
    }

    public RoiSet withMetadata(Metadata newMetadata) {
        return new RoiSet(name, rois, imageWidth, imageHeight, newMetadata, provenance);
    }

    public RoiSet withProvenance(Provenance newProvenance) {
        return new RoiSet(name, rois, imageWidth, imageHeight, metadata, newProvenance);
    }

    /**
     * The ROIs for {@code info --json}: {@code roiCount}, the image size when known, and
     * {@code rois}, one entry per ROI with its name, type, bounds in pixels (left, top, width,
     * height) and number of points ({@link #pointCount}).
     */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("roiCount", rois.size());
        if (imageWidth >= 0 && imageHeight >= 0) {
            out.put("imageWidth", imageWidth);
            out.put("imageHeight", imageHeight);
        }
        List<Object> list = new ArrayList<>();
        for (Roi roi : rois) {
            Map<String, Object> m = new LinkedHashMap<>();
            Bounds b = roi.bounds();
            m.put("name", roi.name());
            m.put("type", roi.type());
            m.put("left", number(b.left()));
            m.put("top", number(b.top()));
            m.put("width", number(b.width()));
            m.put("height", number(b.height()));
            m.put("points", pointCount(roi));
            list.add(m);
        }
        out.put("rois", list);
        return out;
    }

    /**
     * Points that define a ROI: vertices of vertex ROIs and of the paths of composites, corners of
     * rectangles (4), pixels of masks, and 0 for ellipses (defined by centre, radii and angle).
     */
    public static int pointCount(Roi roi) {
        return switch (roi) {
            case VertexRoi v -> v.vertexCount();
            case RectangleRoi r -> 4;
            case RotatedRectangleRoi r -> 4;
            case EllipseRoi e -> 0;
            case MaskRoi m -> m.pixelCount();
            case CompositeRoi c -> c.parts().stream().mapToInt(RoiSet::pointCount).sum();
        };
    }

    /** Whole numbers as longs so that JSON shows 43 rather than 43.0. */
    private static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }

    @Override
    public String toString() {
        return "RoiSet[" + name + ", " + rois.size() + " ROIs]";
    }
}
