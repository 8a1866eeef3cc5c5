package org.fluorite.core.image;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fluorite.core.DataObject;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * An N-dimensional image: named axes (always ending in Y, X), a pixel type, a calibration per
 * axis, metadata and provenance, over a {@link PlaneSource} that reads planes only when asked.
 *
 * <p>An Image is an immutable, read-only view. {@link #slice}, {@link #at} and {@link #region}
 * return new views over the same storage without reading pixels, so a frame, a range of frames or
 * a crop of a file larger than memory costs nothing until a plane is read.
 */
public final class Image implements DataObject {

    private final String name;
    private final Axis[] axes;
    private final long[] shape;
    private final EnumMap<Axis, Calibration> calibrations;
    private final PlaneSource source;
    /** Per non-XY axis of this view: how far one step moves in the source's plane index. */
    private final long[] strides;
    private final long baseIndex;
    private final Region region;
    private final Metadata metadata;
    private final Provenance provenance;

    private Image(String name, Axis[] axes, long[] shape, EnumMap<Axis, Calibration> calibrations, PlaneSource source,
            long[] strides, long baseIndex, Region region, Metadata metadata, Provenance provenance) {
        this.name = name;
        this.axes = axes;
        this.shape = shape;
        this.calibrations = calibrations;
        this.source = source;
        this.strides = strides;
        this.baseIndex = baseIndex;
        this.region = region;
        this.metadata = metadata;
        this.provenance = provenance;
    }

    /**
     * An image over {@code source}.
     *
     * @param axes  axis letters from slowest to fastest, ending in "YX" (e.g. "TZCYX", "TYX", "YX")
     * @param shape lengths in the order of {@code axes}; Y and X must equal the source's plane size
     *              and the product of the others its plane count
     */
    public static Image create(String name, PlaneSource source, String axes, long... shape) {
        Objects.requireNonNull(source, "source");
        Axis[] parsed = parseAxes(axes);
        if (shape.length != parsed.length) {
            throw new IllegalArgumentException("Axes '" + axes + "' need " + parsed.length + " lengths, got " + shape.length);
        }
        if (shape[shape.length - 1] != source.width() || shape[shape.length - 2] != source.height()) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " does not match planes of "
                    + source.width() + "x" + source.height());
        }
        long planes = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            if (shape[i] < 1) {
                throw new IllegalArgumentException("Axis " + parsed[i] + " must have at least one sample");
            }
            planes = Math.multiplyExact(planes, shape[i]);
        }
        if (planes != source.planeCount()) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " needs " + planes + " planes, storage has "
                    + source.planeCount());
        }
        long[] strides = new long[shape.length - 2];
        long stride = 1;
        for (int i = strides.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
        return new Image(name, parsed, shape.clone(), new EnumMap<>(Axis.class), source, strides, 0,
                Region.full(source.width(), source.height()), Metadata.EMPTY, Provenance.EMPTY);
    }

    /** An image of a single plane kept in memory. */
    public static Image of(String name, Plane plane) {
        return create(name, new ArrayPlaneSource(List.of(plane)), "YX", plane.height(), plane.width());
    }

    static Axis[] parseAxes(String axes) {
        if (axes == null || axes.length() < 2 || !axes.toUpperCase().endsWith("YX")) {
            throw new IllegalArgumentException("Axes '" + axes + "' must end in YX");
        }
        Axis[] out = new Axis[axes.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Axis.of(axes.charAt(i));
            for (int j = 0; j < i; j++) {
                if (out[j] == out[i]) {
                    throw new IllegalArgumentException("Axis " + out[i] + " appears twice in '" + axes + "'");
                }
            }
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "image";
    }

    @Override
    public Metadata metadata() {
        return metadata;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    public List<Axis> axes() {
        return List.of(axes);
    }

    /** Axis letters from slowest to fastest, e.g. "TYX". */
    public String axesString() {
        StringBuilder b = new StringBuilder();
        for (Axis a : axes) {
            b.append(a.code());
        }
        return b.toString();
    }

    /** Lengths in the order of {@link #axes()} (a copy). */
    public long[] shape() {
        return shape.clone();
    }

    public boolean has(Axis axis) {
        return indexOf(axis) >= 0;
    }

    /** Length along {@code axis}, 1 when the image does not have that axis. */
    public long length(Axis axis) {
        int i = indexOf(axis);
        return i < 0 ? 1 : shape[i];
    }

    public int width() {
        return region.width();
    }

    public int height() {
        return region.height();
    }

    public PixelType pixelType() {
        return source.pixelType();
    }

    /** Calibration of {@code axis}, {@link Calibration#NONE} when the file gave none. */
    public Calibration calibration(Axis axis) {
        return calibrations.getOrDefault(axis, Calibration.NONE);
    }

    /** Number of Y-X planes: the product of all other axis lengths. */
    public long planeCount() {
        long n = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            n *= shape[i];
        }
        return n;
    }

    /** Bytes the pixels would take in memory if all were read. */
    public long sizeInBytes() {
        return planeCount() * width() * (long) height() * pixelType().bytes();
    }

    /** Axes other than Y and X, slowest first: the ones that index planes. */
    public List<Axis> planeAxes() {
        return List.of(axes).subList(0, axes.length - 2);
    }

    /**
     * Reads one plane.
     *
     * @param coordinates one index per {@link #planeAxes()} axis, in that order
     */
    public Plane plane(long... coordinates) throws IOException {
        if (coordinates.length != strides.length) {
            throw new IllegalArgumentException("Image " + axesString() + " needs " + strides.length + " plane coordinates, got "
                    + coordinates.length);
        }
        long index = baseIndex;
        for (int i = 0; i < coordinates.length; i++) {
            if (coordinates[i] < 0 || coordinates[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("Index " + coordinates[i] + " outside axis " + axes[i] + " of length " + shape[i]);
            }
            index += coordinates[i] * strides[i];
        }
        return source.read(index, region);
    }

    /** Reads one plane; axes missing from {@code position} are taken at index 0. */
    public Plane plane(Map<Axis, Long> position) throws IOException {
        long[] c = new long[strides.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = position.getOrDefault(axes[i], 0L);
        }
        return plane(c);
    }

    /** Reads plane number {@code flat} counting in row-major order over {@link #planeAxes()}. */
    public Plane planeAt(long flat) throws IOException {
        long[] c = new long[strides.length];
        long rest = flat;
        for (int i = c.length - 1; i >= 0; i--) {
            c[i] = rest % shape[i];
            rest /= shape[i];
        }
        if (rest != 0 || flat < 0) {
            throw new IndexOutOfBoundsException("Plane " + flat + " outside " + planeCount() + " planes");
        }
        return plane(c);
    }

    /** The samples {@code from} (inclusive) to {@code to} (exclusive) along a plane axis. */
    public Image slice(Axis axis, long from, long to) {
        int i = planeAxisIndex(axis);
        if (from < 0 || to > shape[i] || from >= to) {
            throw new IndexOutOfBoundsException("Range " + from + ":" + to + " outside axis " + axis + " of length " + shape[i]);
        }
        long[] newShape = shape.clone();
        newShape[i] = to - from;
        Calibration c = calibration(axis);
        EnumMap<Axis, Calibration> cal = new EnumMap<>(calibrations);
        if (calibrations.containsKey(axis)) {
            cal.put(axis, new Calibration(c.size(), c.unit(), c.position(from)));
        }
        return new Image(name, axes, newShape, cal, source, strides, baseIndex + from * strides[i], region, metadata, provenance);
    }

    /** The image at one index of a plane axis, with that axis removed. */
    public Image at(Axis axis, long index) {
        int i = planeAxisIndex(axis);
        if (index < 0 || index >= shape[i]) {
            throw new IndexOutOfBoundsException("Index " + index + " outside axis " + axis + " of length " + shape[i]);
        }
        Axis[] newAxes = new Axis[axes.length - 1];
        long[] newShape = new long[shape.length - 1];
        long[] newStrides = new long[strides.length - 1];
        for (int k = 0, j = 0; k < axes.length; k++) {
            if (k == i) {
                continue;
            }
            newAxes[j] = axes[k];
            newShape[j] = shape[k];
            if (k < strides.length) {
                newStrides[j] = strides[k];
            }
            j++;
        }
        EnumMap<Axis, Calibration> cal = new EnumMap<>(calibrations);
        cal.remove(axis);
        return new Image(name, newAxes, newShape, cal, source, newStrides, baseIndex + index * strides[i], region, metadata,
                provenance);
    }

    /** A rectangle of every plane, relative to this view. */
    public Image region(Region r) {
        if (!r.fitsIn(width(), height()) || r.width() == 0 || r.height() == 0) {
            throw new IllegalArgumentException("Region " + r + " lies outside a " + width() + "x" + height() + " image");
        }
        long[] newShape = shape.clone();
        newShape[shape.length - 1] = r.width();
        newShape[shape.length - 2] = r.height();
        Region abs = new Region(region.x() + r.x(), region.y() + r.y(), r.width(), r.height());
        EnumMap<Axis, Calibration> cal = new EnumMap<>(calibrations);
        shiftOrigin(cal, Axis.X, r.x());
        shiftOrigin(cal, Axis.Y, r.y());
        return new Image(name, axes, newShape, cal, source, strides, baseIndex, abs, metadata, provenance);
    }

    private void shiftOrigin(EnumMap<Axis, Calibration> cal, Axis axis, int by) {
        Calibration c = cal.get(axis);
        if (c != null) {
            cal.put(axis, new Calibration(c.size(), c.unit(), c.position(by)));
        }
    }

    public Image withName(String newName) {
        return new Image(newName, axes, shape, calibrations, source, strides, baseIndex, region, metadata, provenance);
    }

    public Image withMetadata(Metadata newMetadata) {
        return new Image(name, axes, shape, calibrations, source, strides, baseIndex, region,
                Objects.requireNonNull(newMetadata), provenance);
    }

    public Image withProvenance(Provenance newProvenance) {
        return new Image(name, axes, shape, calibrations, source, strides, baseIndex, region, metadata,
                Objects.requireNonNull(newProvenance));
    }

    public Image withCalibration(Axis axis, Calibration calibration) {
        EnumMap<Axis, Calibration> cal = new EnumMap<>(calibrations);
        if (calibration == null || !calibration.isCalibrated()) {
            cal.remove(axis);
        } else {
            cal.put(axis, calibration);
        }
        return new Image(name, axes, shape, cal, source, strides, baseIndex, region, metadata, provenance);
    }

    /**
     * The same storage under other axis names: {@code newAxes} must have the same length as the
     * current axes and end in YX. Used when a file stores time as slices, for example.
     */
    public Image withAxes(String newAxes) {
        Axis[] parsed = parseAxes(newAxes);
        if (parsed.length != axes.length) {
            throw new IllegalArgumentException("Axes '" + newAxes + "' do not fit an image with axes " + axesString());
        }
        EnumMap<Axis, Calibration> cal = new EnumMap<>(Axis.class);
        for (int i = 0; i < axes.length; i++) {
            Calibration c = calibrations.get(axes[i]);
            if (c != null && (parsed[i].siUnit().equals(c.unit()))) {
                cal.put(parsed[i], c);
            }
        }
        return new Image(name, parsed, shape, cal, source, strides, baseIndex, region, metadata, provenance);
    }

    /** Closes the underlying storage (shared by every view of it). */
    public void close() throws IOException {
        source.close();
    }

    private int indexOf(Axis axis) {
        for (int i = 0; i < axes.length; i++) {
            if (axes[i] == axis) {
                return i;
            }
        }
        return -1;
    }

    private int planeAxisIndex(Axis axis) {
        int i = indexOf(axis);
        if (i < 0 || i >= axes.length - 2) {
            throw new IllegalArgumentException("Image " + axesString() + " has no plane axis " + axis);
        }
        return i;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < axes.length; i++) {
            parts.add(axes[i].code() + "=" + shape[i]);
        }
        return "Image[" + name + ", " + String.join(" ", parts) + ", " + pixelType().label() + "]";
    }
}
