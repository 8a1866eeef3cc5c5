package org.fluorite.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fluorite.flow.Transmission;
import org.junit.jupiter.api.Test;

class PlotModelsTest {

    private final Transmission t = Fixtures.six();

    @Test
    void heatmapOrdersRowsByCategoryKeepingTransmissionOrderWithin() {
        Heatmap h = Heatmap.of(t, new PlotSettings.Heatmap("_RAW_CURVE", "cell_type", PlotSettings.ColormapName.VIRIDIS, true, 0, 1));
        int[] lines = new int[h.lineCount()];
        for (int k = 0; k < lines.length; k++) {
            lines[k] = h.rowOfLine(k);
        }
        assertArrayEquals(new int[] {1, 4, 0, 2, 5, 3}, lines, "a rows, then b rows, then c");
        assertEquals(List.of(new Heatmap.LegendSpan("a", 0, 1, Colormap.categorical(0)),
                new Heatmap.LegendSpan("b", 2, 4, Colormap.categorical(1)),
                new Heatmap.LegendSpan("c", 5, 5, Colormap.categorical(2))), h.legend());
        assertEquals(0, h.min());
        assertEquals(8, h.max());
        assertEquals(4, h.columnCount());
        // line 0 is row 1 = [1,2,3,4]; value 1 of range 0..8 -> entry floor(1/8*256) = 32
        assertEquals(Colormap.byName("viridis").entry(32), h.rgb(0, 0));
        assertEquals(Colormap.byName("viridis").entry(255), h.rgb(4, 3), "line 4 = row 5, last value 8 = max");
        assertEquals(Colormap.byName("viridis").entry(192), h.rgb(5, 3), "line 5 = row 3, last value 6 -> 6/8 of 256");
        DataRef top = h.marks().get(0);
        assertEquals(1, top.row());
        assertEquals(Fixtures.BLOCK, top.block());
        assertEquals("m1-_-t1", top.sampleId());
        assertEquals("r-1", top.roiUuid());
    }

    @Test
    void heatmapFixedRangeClampsAndMissingIsGrey() {
        Heatmap h = Heatmap.of(t, new PlotSettings.Heatmap("_RAW_CURVE", "", PlotSettings.ColormapName.MAGMA, false, 2, 4));
        assertEquals(Colormap.byName("magma").entry(0), h.rgb(0, 0), "0 below the range -> first colour");
        assertEquals(Colormap.byName("magma").entry(255), h.rgb(5, 0), "5 above the range -> last colour");
        assertEquals(Colormap.byName("magma").entry(128), h.rgb(3, 0), "3 in the middle of 2..4");
        assertEquals(0x808080, Colormap.byName("magma").rgb(Double.NaN, 0, 1));
    }

    @Test
    void colormapsHoldMatplotlibsPublishedColours() {
        Colormap v = Colormap.byName("viridis");
        assertEquals(0x440154, v.entry(0));
        assertEquals(0x21918c, v.entry(128));
        assertEquals(0xfde725, v.entry(255));
        Colormap m = Colormap.byName("MAGMA");
        assertEquals(0x000004, m.entry(0));
        assertEquals(0xb73779, m.entry(128));
        assertEquals(0xfcfdbf, m.entry(255));
        assertEquals(0x000000, Colormap.byName("gray").entry(0));
        assertEquals(0xffffff, Colormap.byName("gray").entry(255));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Colormap.byName("jet"));
        assertTrue(e.getMessage().contains("viridis"));
    }

    @Test
    void scatterColoursAndShapesByCategoryAndLogAxes() {
        Scatter s = Scatter.of(t, new PlotSettings.Scatter("_x", "_y", "cell_type", "stim_type", true, true, 6));
        assertEquals(5, s.points().size(), "x = 0 cannot be shown on a log axis");
        assertEquals(1, s.skipped());
        assertEquals(List.of("a", "b", "c"), s.colourLevels());
        assertEquals(List.of("off", "on"), s.shapeLevels());
        Scatter.Point p3 = s.points().stream().filter(p -> p.ref().row() == 3).findFirst().orElseThrow();
        assertEquals(Colormap.categorical(2), p3.colour());
        assertEquals(Scatter.Shape.SQUARE, p3.shape(), "on = second shape level");
        assertEquals(1000.0, p3.y());
        Scale ys = s.yScale(400);
        double gap1 = ys.map(10) - ys.map(100);
        double gap2 = ys.map(1000) - ys.map(10000);
        assertEquals(gap1, gap2, 1e-9, "decades equally spaced on a log axis");
        Scale xs = s.xScale(600);
        assertEquals(3, s.pick(xs, ys, xs.map(3), ys.map(1000) + 2, 5).orElseThrow().ref().row());
        assertTrue(s.pick(xs, ys, xs.map(3) + 50, ys.map(1000), 5).isEmpty());
        Scatter lin = Scatter.of(t, new PlotSettings.Scatter("_x", "_y", "", "", false, false, 6));
        assertEquals(6, lin.points().size());
        assertThrows(IllegalArgumentException.class,
                () -> Scatter.of(t, new PlotSettings.Scatter("_RAW_CURVE", "_y", "", "", false, false, 6)));
    }

    @Test
    void proportionsCountsPercentagesAndSwap() {
        Proportions p = Proportions.of(t, new PlotSettings.Proportions("cell_type", "stim_type", false, false, false));
        assertEquals(List.of("a", "b", "c"), p.xLevels());
        assertEquals(List.of("off", "on"), p.yLevels());
        // a: rows 1 (on), 4 (off); b: 0 on, 2 off, 5 off; c: 3 on
        assertEquals(1, p.count(0, 0));
        assertEquals(1, p.count(0, 1));
        assertEquals(2, p.count(1, 0));
        assertEquals(1, p.count(1, 1));
        assertEquals(0, p.count(2, 0));
        assertEquals(1, p.count(2, 1));
        assertEquals("cell_type,off,on\na,1,1\nb,2,1\nc,0,1\n", p.toCsv());
        Proportions pct = Proportions.of(t, new PlotSettings.Proportions("cell_type", "stim_type", true, false, false));
        assertEquals(200.0 / 3, pct.value(1, 0), 1e-12);
        assertEquals(100.0, pct.value(2, 1));
        assertEquals(100.0, pct.maxBar(), 1e-12);
        Proportions swapped = Proportions.of(t, new PlotSettings.Proportions("cell_type", "stim_type", false, true, false));
        assertEquals(List.of("off", "on"), swapped.xLevels());
        assertEquals("stim_type,a,b,c\noff,1,2,0\non,1,1,1\n", swapped.toCsv());
        assertEquals(5, p.marks().size(), "one mark per non-empty cell");
    }

    @Test
    void simplePlotCurvesInSecondsGroupedAndCsv() {
        SimplePlot s = SimplePlot.of(t, new PlotSettings.Simple("_RAW_CURVE", "stim_type", true));
        assertTrue(s.seconds());
        assertEquals(6, s.curves().size());
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5}, s.curves().get(0).x(), 0);
        assertEquals(1, s.curves().get(0).group(), "row 0 is 'on'");
        String[] lines = s.toCsv().split("\n");
        assertEquals(1 + 24, lines.length);
        assertEquals("_BLOCK_,row,SampleID,ROI_UUID,group,time_s,_RAW_CURVE", lines[0]);
        assertEquals(Fixtures.BLOCK + ",5,m2-_-t1,r-5,off,1.5,8.0", lines[24]);
    }

    @Test
    void beeswarmGroupsPointsWithoutOverlap() {
        Beeswarm b = Beeswarm.of(t, new PlotSettings.Beeswarm("_x", "stim_type", 0.3, true));
        assertEquals(List.of("off", "on"), b.groups());
        assertEquals(6, b.points().size());
        assertEquals(1.5, b.diameter(), 1e-12, "0.3 of the range 0..5");
        for (Beeswarm.Point p : b.points()) {
            for (Beeswarm.Point q : b.points()) {
                if (p != q && p.group() == q.group()) {
                    double d = Math.hypot(p.offset() - q.offset(), p.value() - q.value());
                    assertTrue(d >= b.diameter() * (1 - 1e-9), "overlap of rows " + p.ref().row() + " and " + q.ref().row());
                }
            }
        }
        Beeswarm.Violin off = b.violins().get(0);
        assertEquals(Beeswarm.VIOLIN_POINTS, off.values().length);
        GaussianKde kde = new GaussianKde(new double[] {2, 4, 5});
        assertEquals(kde.density(off.values()[10]), off.density()[10], 1e-15);
    }
}
