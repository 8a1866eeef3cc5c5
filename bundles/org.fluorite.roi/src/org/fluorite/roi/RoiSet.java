package org.fluorite.roi;

import java.util.List;
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

    @Override
    public String toString() {
        return "RoiSet[" + name + ", " + rois.size() + " ROIs]";
    }
}
