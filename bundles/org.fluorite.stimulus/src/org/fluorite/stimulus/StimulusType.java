package org.fluorite.stimulus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The periods of one kind of stimulus or behaviour (e.g. "odour", "light", "running"), all in one
 * time unit. Periods keep the order they were added in; they need not be chronological, and may
 * overlap ({@link StimulusMap#validate} reports overlaps). Immutable.
 *
 * @param name    the type's name, not blank
 * @param unit    unit of the periods' start and end
 * @param periods the periods, in the order they were added
 */
public record StimulusType(String name, TimeUnit unit, List<StimulusPeriod> periods) {

    public StimulusType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A stimulus type needs a name");
        }
        name = name.strip();
        if (unit == null) {
            throw new IllegalArgumentException("Stimulus type '" + name + "' needs a time unit");
        }
        periods = List.copyOf(periods);
    }

    /** The periods sorted by start (then end). */
    public List<StimulusPeriod> chronological() {
        List<StimulusPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparingDouble(StimulusPeriod::start).thenComparingDouble(StimulusPeriod::end));
        return sorted;
    }

    StimulusType with(StimulusPeriod period) {
        List<StimulusPeriod> copy = new ArrayList<>(periods);
        copy.add(period);
        return new StimulusType(name, unit, copy);
    }

    StimulusType without(int index) {
        if (index < 0 || index >= periods.size()) {
            throw new IndexOutOfBoundsException("Stimulus type '" + name + "' has " + periods.size() + " periods, no number "
                    + index);
        }
        List<StimulusPeriod> copy = new ArrayList<>(periods);
        copy.remove(index);
        return new StimulusType(name, unit, copy);
    }
}
