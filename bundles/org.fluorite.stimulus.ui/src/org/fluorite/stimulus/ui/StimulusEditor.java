package org.fluorite.stimulus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fluorite.core.display.TimeBand;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.StimulusPeriod;
import org.fluorite.stimulus.StimulusType;
import org.fluorite.stimulus.TimeUnit;

/**
 * The editing state behind the Stimulus Map panel of one movie, free of SWT: the current
 * {@link StimulusMap} and the edits the panel offers (add and remove types and rows, edit a cell
 * from its text, change a type's unit, merge an imported map). Every edit replaces the immutable
 * map and tells the listeners; an edit that would make the map invalid (an end before its start, a
 * type name taken) changes nothing and throws {@link IllegalArgumentException} with a message for
 * the user.
 *
 * <p>Rows are the periods of a type in the order added (row {@code i} is
 * {@code type.periods().get(i)}). Not thread-safe: the panel uses it on the UI thread.
 */
public final class StimulusEditor {

    /** The editable columns of a period row. */
    public enum Column {
        NAME("Name"), START("Start"), END("End"), COLOUR("Colour");

        private final String title;

        Column(String title) {
            this.title = title;
        }

        /** The column heading. */
        public String title() {
            return title;
        }
    }

    /** Told after every change, with the new map. */
    @FunctionalInterface
    public interface Listener {
        void changed(StimulusMap map);
    }

    /** Length of a new row: 10 frames, or 1 second. */
    static final double NEW_ROW_FRAMES = 10;
    static final double NEW_ROW_SECONDS = 1;

    /** Colours of new rows, by row number (well apart from one another on a dark time line). */
    private static final int[] NEW_ROW_COLOURS = {0xD62728, 0x1F77B4, 0x2CA02C, 0xFF7F0E, 0x9467BD, 0x17BECF, 0xE377C2,
        0xBCBD22};

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private StimulusMap map;

    /** An editor of an empty map named {@code name} (usually the movie's name). */
    public StimulusEditor(String name) {
        map = StimulusMap.empty(name);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** The map as it is now. */
    public StimulusMap map() {
        return map;
    }

    /** The type names in the order added. */
    public List<String> typeNames() {
        return map.types().stream().map(StimulusType::name).toList();
    }

    /** The type {@code name}; throws when there is none. */
    public StimulusType type(String name) {
        return map.type(name).orElseThrow(() -> new IllegalArgumentException("There is no stimulus type '" + name + "'"));
    }

    /** Adds an empty type. */
    public void addType(String name, TimeUnit unit) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A stimulus type needs a name");
        }
        set(map.withType(name.strip(), unit));
    }

    /** Removes type {@code name} with its periods. */
    public void removeType(String name) {
        set(map.withoutType(name));
    }

    /**
     * Sets the unit of type {@code name}; the numbers stay as they are (they are read in the new
     * unit), as when the unit was chosen wrongly while typing them.
     */
    public void setUnit(String name, TimeUnit unit) {
        StimulusType t = type(name);
        if (t.unit() != unit) {
            replaceType(new StimulusType(t.name(), unit, t.periods()));
        }
    }

    /**
     * Adds a row to type {@code name}: named "stimulus N", starting where the latest period ends
     * (0 for the first), 10 frames or 1 second long, in a colour by row number.
     *
     * @return the new row's number
     */
    public int addRow(String name) {
        StimulusType t = type(name);
        double start = t.periods().stream().mapToDouble(StimulusPeriod::end).max().orElse(0);
        double length = t.unit() == TimeUnit.FRAMES ? NEW_ROW_FRAMES : NEW_ROW_SECONDS;
        int n = t.periods().size();
        set(map.withPeriod(name, new StimulusPeriod("stimulus " + (n + 1), start, start + length,
                NEW_ROW_COLOURS[n % NEW_ROW_COLOURS.length])));
        return n;
    }

    /** Removes row {@code row} of type {@code name}. */
    public void removeRow(String name, int row) {
        set(map.withoutPeriod(name, row));
    }

    /** The text a cell shows: the name, start and end as typed ("10", "2.5"), the colour as "#RRGGBB". */
    public String cellText(String name, int row, Column column) {
        StimulusPeriod p = period(name, row);
        return switch (column) {
            case NAME -> p.name();
            case START -> formatNumber(p.start());
            case END -> formatNumber(p.end());
            case COLOUR -> p.colourHex();
        };
    }

    /**
     * Sets a cell from what the user typed: any name, a number for start and end (in the type's
     * unit), "#RRGGBB" for the colour.
     *
     * @throws IllegalArgumentException naming what is wrong; the map is unchanged then
     */
    public void setCell(String name, int row, Column column, String text) {
        StimulusPeriod p = period(name, row);
        StimulusPeriod changed = switch (column) {
            case NAME -> new StimulusPeriod(text, p.start(), p.end(), p.rgb());
            case START -> new StimulusPeriod(p.name(), parseNumber(text, "Start"), p.end(), p.rgb());
            case END -> new StimulusPeriod(p.name(), p.start(), parseNumber(text, "End"), p.rgb());
            case COLOUR -> new StimulusPeriod(p.name(), p.start(), p.end(), StimulusPeriod.parseColour(text));
        };
        replacePeriod(name, row, changed);
    }

    /** Sets the colour (0xRRGGBB) of row {@code row} of type {@code name}. */
    public void setColour(String name, int row, int rgb) {
        StimulusPeriod p = period(name, row);
        replacePeriod(name, row, new StimulusPeriod(p.name(), p.start(), p.end(), rgb));
    }

    /**
     * Adds the types of {@code imported}: a type whose name is new is added after the others, one
     * whose name exists replaces it in place. The import's provenance is appended to the map's.
     *
     * @return the names of the types that replaced existing ones
     */
    public List<String> merge(StimulusMap imported) {
        List<StimulusType> types = new ArrayList<>(map.types());
        List<String> replaced = new ArrayList<>();
        for (StimulusType t : imported.types()) {
            int at = typeNames().indexOf(t.name());
            if (at >= 0) {
                types.set(at, t);
                replaced.add(t.name());
            } else {
                types.add(t);
            }
        }
        Provenance provenance = map.provenance();
        for (Operation o : imported.provenance().operations()) {
            provenance = provenance.then(o);
        }
        set(StimulusMap.of(map.name(), types).withMetadata(map.metadata()).withProvenance(provenance));
        return replaced;
    }

    /**
     * The map as time bands in frames of a movie with {@code timing}; types in seconds are left out
     * when the frame rate is unknown ({@link #problems} says so). Empty without a movie.
     */
    public List<TimeBand> timeBands(MovieTiming timing) {
        if (!timing.hasMovie()) {
            return List.of();
        }
        List<TimeBand> bands = new ArrayList<>();
        for (StimulusType t : map.types()) {
            if (t.unit() == TimeUnit.FRAMES || timing.knowsFps()) {
                bands.addAll(map.timeBands(t.name(), timing.fps(), timing.frameCount()));
            }
        }
        return bands;
    }

    /** What {@link StimulusMap#validate} finds wrong for a movie with {@code timing}; empty when nothing. */
    public List<String> problems(MovieTiming timing) {
        return map.validate(timing.frameCount(), timing.fps());
    }

    private StimulusPeriod period(String name, int row) {
        List<StimulusPeriod> periods = type(name).periods();
        if (row < 0 || row >= periods.size()) {
            throw new IllegalArgumentException("Stimulus type '" + name + "' has " + periods.size() + " rows, no row "
                    + (row + 1));
        }
        return periods.get(row);
    }

    private void replacePeriod(String name, int row, StimulusPeriod changed) {
        StimulusType t = type(name);
        List<StimulusPeriod> periods = new ArrayList<>(t.periods());
        periods.set(row, changed);
        replaceType(new StimulusType(t.name(), t.unit(), periods));
    }

    private void replaceType(StimulusType changed) {
        List<StimulusType> types = new ArrayList<>(map.types());
        types.set(typeNames().indexOf(changed.name()), changed);
        set(StimulusMap.of(map.name(), types).withMetadata(map.metadata()).withProvenance(map.provenance()));
    }

    private void set(StimulusMap changed) {
        map = changed;
        for (Listener l : listeners) {
            l.changed(changed);
        }
    }

    private static double parseNumber(String text, String what) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " '" + text + "' is not a number");
    }

    /** 10 as "10", 2.5 as "2.5": whole numbers without a decimal point, as the CSV writes them. */
    public static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v).toLowerCase(Locale.ROOT);
    }

    /** For messages: "3 types, 7 periods". */
    public static String summary(StimulusMap m) {
        int types = m.types().size();
        int periods = m.periodCount();
        return types + (types == 1 ? " type, " : " types, ") + periods + (periods == 1 ? " period" : " periods");
    }

}
