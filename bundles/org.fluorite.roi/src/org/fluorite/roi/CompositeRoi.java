package org.fluorite.roi;

import java.util.List;

/**
 * Several shapes combined into one ROI (ImageJ's shape ROIs: a donut is an outer and an inner path).
 * Inside is decided by the even-odd rule over all parts.
 */
public record CompositeRoi(RoiProperties properties, List<Roi> parts) implements Roi {

    public CompositeRoi {
        parts = List.copyOf(parts);
    }

    @Override
    public String type() {
        return "composite";
    }

    @Override
    public Bounds bounds() {
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Roi r : parts) {
            Bounds b = r.bounds();
            left = Math.min(left, b.left());
            top = Math.min(top, b.top());
            right = Math.max(right, b.right());
            bottom = Math.max(bottom, b.bottom());
        }
        return parts.isEmpty() ? new Bounds(0, 0, 0, 0) : new Bounds(left, top, right - left, bottom - top);
    }
}
