package org.fluorite.roi.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.roi.EllipseRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.junit.jupiter.api.Test;

/** Selection, removal, next/previous, visibility, colours, tags and names of the ROI list. */
class RoiListTest {

    static Roi roi(String name) {
        return new EllipseRoi(RoiProperties.named(name), 5, 5, 2, 2, 0);
    }

    static RoiList listOf(String... names) {
        RoiList l = new RoiList();
        l.setAll(java.util.Arrays.stream(names).map(RoiListTest::roi).toList());
        return l;
    }

    @Test
    void setAllSelectsTheFirstAndTellsListeners() {
        RoiList l = new RoiList();
        List<RoiList.Change> changes = new ArrayList<>();
        l.addListener(changes::add);
        assertEquals(-1, l.selectedIndex());
        assertTrue(l.selected().isEmpty());
        l.setAll(List.of(roi("a"), roi("b")));
        assertEquals(0, l.selectedIndex());
        assertEquals("a", l.selected().orElseThrow().name());
        assertEquals(List.of(RoiList.Change.LIST, RoiList.Change.SELECTION), changes);
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        RoiList l = listOf("a", "b", "c");
        l.selectNext();
        l.selectNext();
        assertEquals(2, l.selectedIndex());
        l.selectNext();
        assertEquals(2, l.selectedIndex(), "stays on the last");
        l.selectPrevious();
        l.selectPrevious();
        l.selectPrevious();
        assertEquals(0, l.selectedIndex(), "stays on the first");
        l.select(-1);
        l.selectNext();
        assertEquals(0, l.selectedIndex(), "from nothing, next is the first");
        new RoiList().selectNext(); // an empty list has nothing to select
        assertThrows(IndexOutOfBoundsException.class, () -> l.select(3));
    }

    @Test
    void removingMovesTheSelectionSensibly() {
        RoiList l = listOf("a", "b", "c", "d");
        l.select(2);
        l.remove(0);
        assertEquals("c", l.selected().orElseThrow().name(), "an earlier removal keeps the same ROI selected");
        assertTrue(l.removeSelected());
        assertEquals("d", l.selected().orElseThrow().name(), "the ROI after the removed one");
        assertTrue(l.removeSelected());
        assertEquals("b", l.selected().orElseThrow().name(), "the last one removed: the new last");
        assertTrue(l.removeSelected());
        assertEquals(-1, l.selectedIndex());
        assertFalse(l.removeSelected());
    }

    @Test
    void addSelectsTheNewRoi() {
        RoiList l = listOf("a");
        l.add(roi("b"));
        assertEquals(1, l.selectedIndex());
        l.addAll(List.of(roi("c"), roi("d")));
        assertEquals(1, l.selectedIndex(), "appending keeps the selection");
        assertEquals(4, l.size());
    }

    @Test
    void visibilityFollowsShowAll() {
        RoiList l = listOf("a", "b");
        List<RoiList.Change> changes = new ArrayList<>();
        l.addListener(changes::add);
        assertTrue(l.isVisible(1));
        l.setShowAll(false);
        assertTrue(l.isVisible(0));
        assertFalse(l.isVisible(1));
        l.setShowAll(false);
        assertEquals(List.of(RoiList.Change.VISIBILITY), changes, "told once");
    }

    @Test
    void coloursComeFromTheRoiOrThePalette() {
        RoiList l = new RoiList();
        l.setAll(List.of(roi("a"), new EllipseRoi(RoiProperties.named("b").withColour(0x123456), 1, 1, 1, 1, 0), roi("c")));
        assertEquals(RoiPalette.colour(0), l.colourOf(0));
        assertEquals(0x123456, l.colourOf(1));
        assertEquals(RoiPalette.colour(2), l.colourOf(2));
        assertEquals(RoiPalette.colour(0), RoiPalette.colour(RoiPalette.size()), "the palette repeats");
    }

    @Test
    void tagsAndColumns() {
        Roi tagged = new EllipseRoi(RoiProperties.named("t").withTag("cell_type", "soma"), 1, 1, 1, 1, 0);
        RoiList l = new RoiList();
        l.setAll(List.of(roi("a"), tagged));
        assertEquals(List.of("cell_type"), l.tagColumns(), "columns found in the ROIs");
        assertTrue(l.addTagColumn(" layer "));
        assertFalse(l.addTagColumn("layer"));
        assertFalse(l.addTagColumn("  "));
        assertEquals(List.of("cell_type", "layer"), l.tagColumns());
        assertEquals(RoiProperties.UNTAGGED, l.get(0).properties().tag("layer"));
        l.setTag(0, "cell_type", "dendrite");
        assertEquals("dendrite", l.get(0).properties().tag("cell_type"));
        assertEquals(List.of(RoiProperties.UNTAGGED, "dendrite", "soma"), l.tagValues("cell_type"));
        l.setTag(1, "region", "CA1");
        assertEquals(List.of("cell_type", "layer", "region"), l.tagColumns(), "a new column by tagging");
        assertEquals(5, ((EllipseRoi) l.get(0)).centreX(), 0, "the shape is kept");
    }

    @Test
    void newNamesAreUnique() {
        RoiList l = listOf("polygon-3", "b");
        assertEquals("polygon-4", l.newName("polygon"));
        assertEquals("ellipse-3", l.newName("ellipse"));
    }

    @Test
    void toRoiSet() {
        RoiList l = listOf("a", "b");
        RoiSet set = l.toRoiSet("movie ROIs", 14, 21);
        assertEquals(2, set.size());
        assertEquals(14, set.imageWidth().getAsInt());
        assertEquals(21, set.imageHeight().getAsInt());
        assertTrue(l.toRoiSet("x", 0, 0).imageWidth().isEmpty());
    }
}
