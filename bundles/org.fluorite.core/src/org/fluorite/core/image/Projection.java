package org.fluorite.core.image;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.ProgressMonitor;

/**
 * Projections of an image along one plane axis (usually T or Z): each output pixel summarises the
 * pixels along that axis. Reads one plane at a time, so memory stays at a few planes whatever the
 * length of the axis.
 */
public enum Projection {
    MAX("max"), MIN("min"), MEAN("mean"), STD("std");

    private final String label;

    Projection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Projection fromLabel(String label) {
        for (Projection p : values()) {
            if (p.label.equalsIgnoreCase(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown projection '" + label + "': use max, min, mean or std");
    }

    /**
     * Projects {@code image} along {@code axis}. MAX and MIN keep the pixel type; MEAN and STD give
     * float32. STD is the population standard deviation (divides by N), as numpy's default.
     *
     * @return an in-memory image without {@code axis}, its provenance extended by this projection
     */
    public Image apply(Image image, Axis axis, ProgressMonitor monitor) throws IOException {
        List<Axis> planeAxes = image.planeAxes();
        int ai = planeAxes.indexOf(axis);
        if (ai < 0) {
            throw new IllegalArgumentException("Image " + image.axesString() + " has no axis " + axis + " to project along");
        }
        long n = image.length(axis);
        List<Axis> rest = new ArrayList<>(planeAxes);
        rest.remove(axis);
        long outPlanes = image.planeCount() / n;
        int w = image.width();
        int h = image.height();
        int size = w * h;
        monitor.begin(label + " projection along " + axis, outPlanes * n);
        List<Plane> results = new ArrayList<>();
        try {
            for (long o = 0; o < outPlanes; o++) {
                Map<Axis, Long> pos = position(rest, image, o);
                double[] acc = new double[size];
                double[] acc2 = this == STD ? new double[size] : null;
                if (this == MAX) {
                    java.util.Arrays.fill(acc, Double.NEGATIVE_INFINITY);
                } else if (this == MIN) {
                    java.util.Arrays.fill(acc, Double.POSITIVE_INFINITY);
                }
                double[] shift = null;
                for (long k = 0; k < n; k++) {
                    monitor.checkCancelled();
                    pos.put(axis, k);
                    Plane p = image.plane(pos);
                    for (int i = 0; i < size; i++) {
                        double v = p.get(i);
                        switch (this) {
                            case MAX -> acc[i] = Math.max(acc[i], v);
                            case MIN -> acc[i] = Math.min(acc[i], v);
                            case MEAN -> acc[i] += v;
                            case STD -> {
                                // shifted sums keep the variance accurate for large offsets
                                if (shift == null) {
                                    shift = p.toDoubles();
                                }
                                double d = v - shift[i];
                                acc[i] += d;
                                acc2[i] += d * d;
                            }
                        }
                    }
                    monitor.worked(1);
                }
                PixelType outType = (this == MAX || this == MIN) ? image.pixelType() : PixelType.FLOAT32;
                Plane out = Plane.allocate(outType, w, h);
                for (int i = 0; i < size; i++) {
                    double v = switch (this) {
                        case MAX, MIN -> acc[i];
                        case MEAN -> acc[i] / n;
                        case STD -> Math.sqrt(Math.max(0, acc2[i] / n - (acc[i] / n) * (acc[i] / n)));
                    };
                    out.set(i, v);
                }
                results.add(out);
            }
        } finally {
            monitor.done();
        }
        StringBuilder axes = new StringBuilder();
        List<Long> shape = new ArrayList<>();
        for (Axis a : rest) {
            axes.append(a.code());
            shape.add(image.length(a));
        }
        axes.append("YX");
        shape.add((long) h);
        shape.add((long) w);
        long[] s = shape.stream().mapToLong(Long::longValue).toArray();
        Image result = Image.create(label.toUpperCase() + "_" + image.name(), new ArrayPlaneSource(results), axes.toString(), s)
                .withMetadata(image.metadata());
        for (Axis a : image.axes()) {
            if (a != axis) {
                result = result.withCalibration(a, image.calibration(a));
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("projection", label);
        params.put("axis", String.valueOf(axis.code()));
        return result.withProvenance(image.provenance().then(Operation.of("image.project", params)));
    }

    private static Map<Axis, Long> position(List<Axis> axes, Image image, long flat) {
        Map<Axis, Long> pos = new HashMap<>();
        long rest = flat;
        for (int i = axes.size() - 1; i >= 0; i--) {
            long len = image.length(axes.get(i));
            pos.put(axes.get(i), rest % len);
            rest /= len;
        }
        return pos;
    }
}
