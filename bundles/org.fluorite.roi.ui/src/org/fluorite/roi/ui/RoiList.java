package org.fluorite.roi.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;

/**
 * The ROIs of one movie as the ROI manager edits them: an ordered list, the selected ROI, whether
 * all ROIs or only the selected one are shown, and the ROI type columns tags are kept under.
 * Plain Java, no toolkit; listeners are told about every change on the calling thread.
 */
public final class RoiList {

    /** What changed, so listeners can skip work (e.g. traces are recomputed only after an edit ends). */
    public enum Change {
        /** ROIs were added, removed or replaced wholesale. */
        LIST,
        /** Another ROI (or none) is selected. */
        SELECTION,
        /** A ROI's shape is being dragged: redraw only. */
        EDITING,
        /** A ROI's shape changed for good (end of a drag, vertex inserted). */
        EDITED,
        /** A tag or the set of tag columns changed. */
        TAGS,
        /** Show all / only the selected one. */
        VISIBILITY
    }

    /** Told after each change. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    private final List<Roi> rois = new ArrayList<>();
    private final List<String> tagColumns = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private int selected = -1;
    private boolean showAll = true;

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire(Change change) {
        for (Listener l : listeners) {
            l.changed(change);
        }
    }

    public List<Roi> rois() {
        return List.copyOf(rois);
    }

    public int size() {
        return rois.size();
    }

    public Roi get(int index) {
        return rois.get(index);
    }

    /** Replaces all ROIs (e.g. after an import); selects the first one, if any. Tag columns found in them are added. */
    public void setAll(List<? extends Roi> newRois) {
        rois.clear();
        rois.addAll(newRois);
        selected = rois.isEmpty() ? -1 : 0;
        collectTagColumns(newRois);
        fire(Change.LIST);
        fire(Change.SELECTION);
    }

    /** Appends ROIs, keeping the selection. */
    public void addAll(List<? extends Roi> more) {
        rois.addAll(more);
        collectTagColumns(more);
        if (selected < 0 && !rois.isEmpty()) {
            selected = 0;
        }
        fire(Change.LIST);
    }

    /** Appends {@code roi} and selects it. */
    public void add(Roi roi) {
        rois.add(roi);
        collectTagColumns(List.of(roi));
        selected = rois.size() - 1;
        fire(Change.LIST);
        fire(Change.SELECTION);
    }

    /** Removes the ROI at {@code index}; the selection moves to the ROI now at that place, or the last. */
    public void remove(int index) {
        rois.remove(index);
        if (rois.isEmpty()) {
            selected = -1;
        } else if (selected >= rois.size() || selected > index) {
            selected = Math.min(rois.size() - 1, selected > index ? selected - 1 : selected);
        }
        fire(Change.LIST);
        fire(Change.SELECTION);
    }

    /** Removes the selected ROI; false when none is selected. */
    public boolean removeSelected() {
        if (selected < 0) {
            return false;
        }
        remove(selected);
        return true;
    }

    /**
     * Replaces the ROI at {@code index} with an edited version.
     *
     * @param finalEdit true when the edit is complete ({@link Change#EDITED}), false while dragging ({@link Change#EDITING})
     */
    public void replace(int index, Roi roi, boolean finalEdit) {
        rois.set(index, roi);
        fire(finalEdit ? Change.EDITED : Change.EDITING);
    }

    /** Tells listeners that a series of {@link Change#EDITING} replacements is complete. */
    public void editFinished() {
        fire(Change.EDITED);
    }

    public int selectedIndex() {
        return selected;
    }

    public Optional<Roi> selected() {
        return selected < 0 ? Optional.empty() : Optional.of(rois.get(selected));
    }

    /** Selects the ROI at {@code index}, or nothing for -1. Out-of-range indices are refused. */
    public void select(int index) {
        if (index < -1 || index >= rois.size()) {
            throw new IndexOutOfBoundsException("No ROI " + index + " among " + rois.size());
        }
        if (index != selected) {
            selected = index;
            fire(Change.SELECTION);
        }
    }

    /** Selects the next ROI (Page Down); stays on the last one. Selects the first when none is selected. */
    public void selectNext() {
        if (!rois.isEmpty()) {
            select(Math.min(rois.size() - 1, selected + 1));
        }
    }

    /** Selects the previous ROI (Page Up); stays on the first one. */
    public void selectPrevious() {
        if (!rois.isEmpty()) {
            select(Math.max(0, selected - 1));
        }
    }

    /** True when every ROI is drawn; false when only the selected one is. */
    public boolean showAll() {
        return showAll;
    }

    public void setShowAll(boolean all) {
        if (all != showAll) {
            showAll = all;
            fire(Change.VISIBILITY);
        }
    }

    /** True when the ROI at {@code index} is drawn (and can be picked with the mouse). */
    public boolean isVisible(int index) {
        return showAll || index == selected;
    }

    /** Colour to draw the ROI at {@code index} with, 0xRRGGBB: its own colour, else one from {@link RoiPalette}. */
    public int colourOf(int index) {
        int own = rois.get(index).properties().colour();
        return own >= 0 ? own : RoiPalette.colour(index);
    }

    /** The ROI type columns tags are kept under, in the order they were added. */
    public List<String> tagColumns() {
        return List.copyOf(tagColumns);
    }

    /** Adds a ROI type column (every ROI is {@value RoiProperties#UNTAGGED} in it until tagged); false when it exists or is blank. */
    public boolean addTagColumn(String column) {
        String c = column == null ? "" : column.strip();
        if (c.isEmpty() || tagColumns.contains(c)) {
            return false;
        }
        tagColumns.add(c);
        fire(Change.TAGS);
        return true;
    }

    /** Sets the tag of the ROI at {@code index} in {@code column} (the column is added when new). */
    public void setTag(int index, String column, String value) {
        Roi roi = rois.get(index);
        if (!tagColumns.contains(column)) {
            tagColumns.add(column);
        }
        rois.set(index, RoiGeometry.withProperties(roi, roi.properties().withTag(column, value)));
        fire(Change.TAGS);
    }

    /** Tag values used in {@code column} so far, {@value RoiProperties#UNTAGGED} first. */
    public List<String> tagValues(String column) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        values.add(RoiProperties.UNTAGGED);
        for (Roi r : rois) {
            values.add(r.properties().tag(column));
        }
        return List.copyOf(values);
    }

    /** A name "{@code prefix}-N" no ROI has yet, N counting from the list size + 1. */
    public String newName(String prefix) {
        int n = rois.size() + 1;
        while (true) {
            String candidate = prefix + "-" + n;
            if (rois.stream().noneMatch(r -> r.name().equals(candidate))) {
                return candidate;
            }
            n++;
        }
    }

    /** The ROIs as a {@link RoiSet} for export, with the image size when {@code width} and {@code height} are positive. */
    public RoiSet toRoiSet(String name, int width, int height) {
        RoiSet set = new RoiSet(name, rois);
        return width > 0 && height > 0 ? set.withImageSize(width, height) : set;
    }

    private void collectTagColumns(List<? extends Roi> added) {
        for (Roi r : added) {
            for (String c : r.properties().tags().keySet()) {
                if (!tagColumns.contains(c)) {
                    tagColumns.add(c);
                }
            }
        }
    }
}
