package org.fluorite.table.ui;

import java.util.List;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.roi.Bounds;
import org.fluorite.roi.CompositeRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.VertexRoi;

/** A {@link RoiSet} as a table of its ROIs: name, type, bounding box in pixels and number of points. */
public final class RoiTables {

    private RoiTables() {
    }

    /**
     * One row per ROI: name, type, left, top, width, height (pixels) and points (vertices of a
     * polygon or line, pixels of a mask, the sum over the parts of a composite, 0 for rectangles
     * and ellipses).
     */
    public static Table of(RoiSet rois) {
        int n = rois.size();
        String[] names = new String[n];
        String[] types = new String[n];
        double[] left = new double[n];
        double[] top = new double[n];
        double[] width = new double[n];
        double[] height = new double[n];
        long[] points = new long[n];
        for (int i = 0; i < n; i++) {
            Roi roi = rois.rois().get(i);
            names[i] = roi.name();
            types[i] = roi.type();
            Bounds b = roi.bounds();
            left[i] = b.left();
            top[i] = b.top();
            width[i] = b.width();
            height[i] = b.height();
            points[i] = points(roi);
        }
        return Table.of(rois.name(), "rois", List.of(Column.ofText("name", names), Column.ofText("type", types),
                Column.ofDoubles("left", "px", left), Column.ofDoubles("top", "px", top),
                Column.ofDoubles("width", "px", width), Column.ofDoubles("height", "px", height),
                Column.ofLongs("points", "", points))).withMetadata(rois.metadata()).withProvenance(rois.provenance());
    }

    static long points(Roi roi) {
        return switch (roi) {
            case VertexRoi v -> v.vertexCount();
            case MaskRoi m -> m.pixelCount();
            case CompositeRoi c -> c.parts().stream().mapToLong(RoiTables::points).sum();
            default -> 0;
        };
    }
}
