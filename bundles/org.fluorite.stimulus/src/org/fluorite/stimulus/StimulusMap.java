package org.fluorite.stimulus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.core.DataObject;
import org.fluorite.core.display.TimeBand;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * The stimulus mapping of one recording: for each stimulus type (in the order added), its
 * periods ({@link StimulusType}). Immutable: every change returns a new map, so a viewer or an
 * undo stack can keep the old one.
 *
 * <p>Periods of different types may overlap freely (an odour during a light pulse). Within one
 * type overlaps are allowed too (overlapping behaviour annotations are real), but
 * {@link #validate} reports them, since for most stimuli they are typing errors.
 *
 * <p>{@link #timeBands} turns the map into {@link TimeBand}s in frames of a movie, which the
 * viewer draws under its time slider and trace plots draw under their curves.
 */
public final class StimulusMap implements DataObject {

    /** {@link #kind()} of stimulus maps. */
    public static final String KIND = "stimulus";

    private final String name;
    private final Map<String, StimulusType> types;
    private final Metadata metadata;
    private final Provenance provenance;

    private StimulusMap(String name, Map<String, StimulusType> types, Metadata metadata, Provenance provenance) {
        this.name = name == null ? "" : name;
        this.types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        this.metadata = metadata;
        this.provenance = provenance;
    }

    /** A map without types. */
    public static StimulusMap empty(String name) {
        return new StimulusMap(name, Map.of(), Metadata.EMPTY, Provenance.EMPTY);
    }

    /**
     * A map of the given types.
     *
     * @throws IllegalArgumentException when two types share a name
     */
    public static StimulusMap of(String name, List<StimulusType> types) {
        Map<String, StimulusType> m = new LinkedHashMap<>();
        for (StimulusType t : types) {
            if (m.put(t.name(), t) != null) {
                throw new IllegalArgumentException("Stimulus type '" + t.name() + "' appears twice");
            }
        }
        return new StimulusMap(name, m, Metadata.EMPTY, Provenance.EMPTY);
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

    /** The types in the order they were added. */
    public List<StimulusType> types() {
        return List.copyOf(types.values());
    }

    public Optional<StimulusType> type(String typeName) {
        return Optional.ofNullable(types.get(typeName));
    }

    /** Number of periods over all types. */
    public int periodCount() {
        return types.values().stream().mapToInt(t -> t.periods().size()).sum();
    }

    /**
     * A copy with an empty type added.
     *
     * @throws IllegalArgumentException when the type exists already
     */
    public StimulusMap withType(String typeName, TimeUnit unit) {
        StimulusType t = new StimulusType(typeName, unit, List.of());
        if (types.containsKey(t.name())) {
            throw new IllegalArgumentException("Stimulus type '" + t.name() + "' exists already");
        }
        Map<String, StimulusType> copy = new LinkedHashMap<>(types);
        copy.put(t.name(), t);
        return new StimulusMap(name, copy, metadata, provenance);
    }

    /** A copy without the type {@code typeName} and its periods. */
    public StimulusMap withoutType(String typeName) {
        Map<String, StimulusType> copy = new LinkedHashMap<>(types);
        if (copy.remove(typeName) == null) {
            throw new IllegalArgumentException("There is no stimulus type '" + typeName + "'");
        }
        return new StimulusMap(name, copy, metadata, provenance);
    }

    /**
     * A copy with {@code period} added at the end of type {@code typeName}, in that type's unit.
     *
     * @throws IllegalArgumentException when the type does not exist
     */
    public StimulusMap withPeriod(String typeName, StimulusPeriod period) {
        return replace(require(typeName).with(period));
    }

    /** A copy without period number {@code index} (0-based, in the order added) of type {@code typeName}. */
    public StimulusMap withoutPeriod(String typeName, int index) {
        return replace(require(typeName).without(index));
    }

    /**
     * A copy with every type in {@code unit}: frames = seconds x fps.
     *
     * @param fps frames per second of the movie, needed when a conversion happens
     * @throws IllegalArgumentException when a conversion is needed and fps is not a positive number
     */
    public StimulusMap inUnit(TimeUnit unit, double fps) {
        Map<String, StimulusType> copy = new LinkedHashMap<>();
        for (StimulusType t : types.values()) {
            if (t.unit() == unit) {
                copy.put(t.name(), t);
                continue;
            }
            if (!(fps > 0) || !Double.isFinite(fps)) {
                throw new IllegalArgumentException("Converting stimulus type '" + t.name() + "' to " + unit.label()
                        + " needs the movie's frame rate (got " + fps + ")");
            }
            List<StimulusPeriod> periods = new ArrayList<>();
            for (StimulusPeriod p : t.periods()) {
                periods.add(unit == TimeUnit.FRAMES ? new StimulusPeriod(p.name(), p.start() * fps, p.end() * fps, p.rgb())
                        : new StimulusPeriod(p.name(), p.start() / fps, p.end() / fps, p.rgb()));
            }
            copy.put(t.name(), new StimulusType(t.name(), unit, periods));
        }
        return new StimulusMap(name, copy, metadata, provenance);
    }

    /**
     * Problems worth telling the user, in words; empty when none: periods of one type that overlap,
     * periods starting at or after the movie's end, periods running past it, and types in seconds
     * when the frame rate is unknown.
     *
     * @param frameCount frames of the movie, or a negative number when unknown
     * @param fps        frames per second, or NaN when unknown
     */
    public List<String> validate(long frameCount, double fps) {
        List<String> problems = new ArrayList<>();
        for (StimulusType t : types.values()) {
            List<StimulusPeriod> sorted = t.chronological();
            // sweep in order of start: each period is compared with the one reaching furthest before it
            StimulusPeriod reach = sorted.isEmpty() ? null : sorted.get(0);
            for (int i = 1; i < sorted.size(); i++) {
                StimulusPeriod p = sorted.get(i);
                if (p.overlaps(reach)) {
                    problems.add(t.name() + ": '" + reach.name() + "' (" + range(reach, t) + ") overlaps '" + p.name() + "' ("
                            + range(p, t) + ")");
                }
                if (p.end() > reach.end()) {
                    reach = p;
                }
            }
            boolean needsFps = t.unit() == TimeUnit.SECONDS && !t.periods().isEmpty();
            if (needsFps && !(fps > 0 && Double.isFinite(fps))) {
                problems.add(t.name() + ": periods are in seconds but the movie's frame rate is unknown");
                continue;
            }
            if (frameCount < 0) {
                continue;
            }
            double toFrames = t.unit() == TimeUnit.FRAMES ? 1 : fps;
            for (StimulusPeriod p : sorted) {
                if (p.start() * toFrames >= frameCount) {
                    problems.add(t.name() + ": '" + p.name() + "' (" + range(p, t) + ") starts after the movie's "
                            + frameCount + " frames");
                } else if (p.end() * toFrames > frameCount) {
                    problems.add(t.name() + ": '" + p.name() + "' (" + range(p, t) + ") runs past the movie's " + frameCount
                            + " frames");
                }
            }
        }
        return problems;
    }

    /**
     * The periods of every type as time bands in frames of a movie, type after type, each type's
     * periods in chronological order. Bands are cut to the movie (0 to {@code frameCount}); periods
     * wholly after it are left out. Labels read "type: name".
     *
     * @param fps        frames per second of the movie (used for types in seconds; may be NaN when all are in frames)
     * @param frameCount frames of the movie
     * @throws IllegalArgumentException when a type is in seconds and fps is not a positive number
     */
    public List<TimeBand> timeBands(double fps, long frameCount) {
        List<TimeBand> out = new ArrayList<>();
        for (StimulusType t : types.values()) {
            out.addAll(bands(t, fps, frameCount));
        }
        return out;
    }

    /** {@link #timeBands(double, long)} of one type ("show on timeline" picks one). */
    public List<TimeBand> timeBands(String typeName, double fps, long frameCount) {
        return bands(require(typeName), fps, frameCount);
    }

    private static List<TimeBand> bands(StimulusType t, double fps, long frameCount) {
        if (t.periods().isEmpty()) {
            return List.of();
        }
        double factor = factorToFrames(t, fps);
        List<TimeBand> out = new ArrayList<>();
        for (StimulusPeriod p : t.chronological()) {
            double start = p.start() * factor;
            double end = Math.min(p.end() * factor, frameCount);
            if (start < frameCount) {
                out.add(new TimeBand(start, end, p.rgb(), t.name() + ": " + p.name()));
            }
        }
        return out;
    }

    /** Frames per unit of {@code t}: 1 for frames, fps for seconds. */
    private static double factorToFrames(StimulusType t, double fps) {
        if (t.unit() == TimeUnit.FRAMES) {
            return 1;
        }
        if (!(fps > 0) || !Double.isFinite(fps)) {
            throw new IllegalArgumentException("Stimulus type '" + t.name()
                    + "' is in seconds, so the movie's frame rate is needed (got " + fps + ")");
        }
        return fps;
    }

    private static String range(StimulusPeriod p, StimulusType t) {
        return number(p.start()) + " to " + number(p.end()) + " " + t.unit().label();
    }

    private StimulusType require(String typeName) {
        StimulusType t = types.get(typeName);
        if (t == null) {
            throw new IllegalArgumentException("There is no stimulus type '" + typeName + "' (there are "
                    + String.join(", ", types.keySet()) + ")");
        }
        return t;
    }

    private StimulusMap replace(StimulusType t) {
        Map<String, StimulusType> copy = new LinkedHashMap<>(types);
        copy.put(t.name(), t);
        return new StimulusMap(name, copy, metadata, provenance);
    }

    public StimulusMap withName(String newName) {
        return new StimulusMap(newName, types, metadata, provenance);
    }

    public StimulusMap withMetadata(Metadata newMetadata) {
        return new StimulusMap(name, types, java.util.Objects.requireNonNull(newMetadata), provenance);
    }

    public StimulusMap withProvenance(Provenance newProvenance) {
        return new StimulusMap(name, types, metadata, java.util.Objects.requireNonNull(newProvenance));
    }

    /**
     * For {@code info --json}: {@code typeCount}, {@code periodCount} and {@code types}, each with
     * its {@code type} name, {@code unit} ("frames" or "seconds") and {@code periods} (name, start,
     * end, colour "#RRGGBB") in the order added.
     */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("typeCount", types.size());
        out.put("periodCount", periodCount());
        List<Object> list = new ArrayList<>();
        for (StimulusType t : types.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", t.name());
            m.put("unit", t.unit().label());
            List<Object> periods = new ArrayList<>();
            for (StimulusPeriod p : t.periods()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.name());
                pm.put("start", number(p.start()));
                pm.put("end", number(p.end()));
                pm.put("colour", p.colourHex());
                periods.add(pm);
            }
            m.put("periods", periods);
            list.add(m);
        }
        out.put("types", list);
        return out;
    }

    /** Whole numbers as longs so that JSON and messages show 10 rather than 10.0. */
    static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StimulusMap m && m.name.equals(name) && m.types.equals(types);
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    @Override
    public String toString() {
        return "StimulusMap[" + name + ", " + types.size() + " types, " + periodCount() + " periods]";
    }
}
