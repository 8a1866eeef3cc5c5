package org.fluorite.project.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.project.ImageStorage;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectTable;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.fluorite.roi.Roi;
import org.fluorite.roi.VertexRoi;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.roi.ui.widgets.RoiManagerPanel;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.TimeUnit;
import org.fluorite.stimulus.ui.StimulusEditor;
import org.fluorite.stimulus.ui.widgets.StimulusMapPanel;
import org.fluorite.testing.TestData;
import org.fluorite.viewer.ui.ImageViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample goes from a real viewer, ROI manager and stimulus editor into a project and comes back
 * onto another viewer unchanged (FISSA's A01 movie and its two polygon ROIs).
 */
class ViewerSampleTest {

    @Test
    void addFromViewerThenOpenBackWithRoisTagsAndStimulusMap(@TempDir Path dir) throws Exception {
        TestData.assumeDisplay();
        FormatRegistry registry = ProjectFixture.registry();
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("Fluorite sample from a viewer");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 700);
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        ImageViewer viewer = new ImageViewer(sash, SWT.NONE);
        ImageViewer reopened = new ImageViewer(sash, SWT.NONE);
        RoiManagerPanel manager = new RoiManagerPanel(sash, registry);
        sash.setWeights(30, 30, 40);
        shell.open();
        Path file = TestData.file(ProjectFixture.MOVIES[0]);
        Image movie = ProjectFixture.movie(registry, 0);
        try (Project project = ProjectFixture.create(dir.resolve("p"))) {
            viewer.setImage(movie);
            manager.attach(viewer);
            manager.list().setAll(ProjectFixture.rois(registry).rois());
            manager.list().setTag(0, "cell", "soma");
            manager.list().setTag(1, "cell", "dendrite");
            StimulusEditor stim = StimulusMapPanel.editorOf(viewer);
            assertNull(ViewerSample.stimulus(viewer), "an editor without types is no stimulus map");
            stim.addType("light", TimeUnit.FRAMES);
            stim.addRow("light");
            stim.setCell("light", 0, StimulusEditor.Column.NAME, "blue");
            stim.setCell("light", 0, StimulusEditor.Column.START, "2");
            stim.setCell("light", 0, StimulusEditor.Column.END, "8");
            stim.addRow("light");
            stim.setCell("light", 1, StimulusEditor.Column.NAME, "red");

            manager.attach(null); // the manager follows another part meanwhile
            List<Roi> rois = ViewerSample.rois(manager, viewer);
            assertSame(viewer, manager.viewer());
            assertEquals(2, rois.size());
            assertEquals(List.of("soma", "dendrite"), rois.stream().map(r -> r.properties().tag("cell")).toList());
            StimulusMap map = ViewerSample.stimulus(viewer);
            assertEquals(1, map.types().size());

            AddToProjectDialog.Choice choice = new AddToProjectDialog.Choice(new SampleId("zf1", "t1"), Map.of("promoter", "nefa"),
                    "from the viewer", ImageStorage.REFERENCE, false, false);
            Sample stored = project.addSample(SampleDrafts.build(choice, movie, file, rois, map), ProgressMonitor.NONE);
            assertEquals(ImageStorage.REFERENCE, stored.storage());
            assertEquals(file.toAbsolutePath(), stored.imageFile(), "a referenced movie stays where it is");
            Image frames = movie.has(Axis.T) ? movie : movie.withAxes(movie.axesString().replace('Z', 'T'));
            double[][] expected = TraceExtractor.meanTraces(frames, rois, 1, ProgressMonitor.NONE);
            for (int r = 0; r < 2; r++) {
                assertEquals(29, stored.rois().get(r).trace().length, "[src] 29 frames");
                assertArrayEquals(expected[r], stored.rois().get(r).trace(), 0, "mean trace of ROI " + r);
            }
            Table t = project.table();
            int[] rows = java.util.stream.IntStream.range(0, t.rowCount())
                    .filter(i -> t.require(ProjectTable.SAMPLE_ID).getText(i).equals("zf1-_-t1")).toArray();
            assertEquals(2, rows.length);
            assertEquals("blue, red", t.require("light").getText(rows[0]), "the stimulus type column names the periods");
            assertEquals("dendrite", t.require("cell").getText(rows[1]));
            assertEquals("nefa", t.require("promoter").getText(rows[0]));
            assertEquals("from the viewer", t.require(ProjectTable.COMMENTS).getText(rows[0]));

            // open it back, as double-clicking its row in the browser does
            Sample sample = project.sample(new SampleId("zf1", "t1")).orElseThrow();
            Image back = project.openImage(sample);
            reopened.setImage(back);
            ViewerSample.show(sample, project.configuration(), reopened, manager);
            assertSame(reopened, manager.viewer());
            // the same polygons, names and tags (attribute numbers come back as Long where the importer gave Integer)
            assertEquals(2, manager.list().size());
            for (int r = 0; r < 2; r++) {
                VertexRoi a = (VertexRoi) rois.get(r);
                VertexRoi b = (VertexRoi) manager.list().get(r);
                assertEquals(a.name(), b.name());
                assertEquals(a.properties().tags(), b.properties().tags());
                assertArrayEquals(a.xs(), b.xs(), 0);
                assertArrayEquals(a.ys(), b.ys(), 0);
                assertEquals(((Number) a.properties().attributes().get("imagej.position")).longValue(),
                        ((Number) b.properties().attributes().get("imagej.position")).longValue());
            }
            assertEquals(7, ((VertexRoi) manager.list().get(0)).vertexCount(), "[src] 03.roi has 7 vertices");
            assertEquals(10, ((VertexRoi) manager.list().get(1)).vertexCount(), "[src] 04.roi has 10 vertices");

            assertTrue(manager.list().tagColumns().contains("cell"));
            StimulusEditor backStim = StimulusMapPanel.editorOf(reopened);
            assertEquals(List.of("light"), backStim.typeNames());
            assertEquals("blue", backStim.cellText("light", 0, StimulusEditor.Column.NAME));
            assertEquals("2", backStim.cellText("light", 0, StimulusEditor.Column.START));
            assertEquals("8", backStim.cellText("light", 0, StimulusEditor.Column.END));
            assertEquals("red", backStim.cellText("light", 1, StimulusEditor.Column.NAME));
            assertTrue(Screens.spinUntil(display, () -> reopened.isFrameShown() && viewer.isFrameShown(), 10_000));

            // change a tag and save over: the ROIs keep their uuids, the movie is kept
            manager.list().setTag(1, "cell", "axon");
            AddToProjectDialog.Choice over = new AddToProjectDialog.Choice(sample.id(), Map.of(), "retagged", ImageStorage.COPY, true,
                    false);
            Sample saved = project.replaceSample(SampleDrafts.build(over, null, null, ViewerSample.rois(manager, reopened),
                    ViewerSample.stimulus(reopened)), false, ProgressMonitor.NONE);
            assertEquals(sample.roiUuids(), saved.roiUuids(), "ROI uuids survive a save over");
            assertEquals(sample.imageUuid(), saved.imageUuid());
            assertEquals("axon", saved.rois().get(1).roi().properties().tag("cell"));
            assertTrue(saved.rois().stream().noneMatch(r -> r.roi().properties().attributes().containsKey(ViewerSample.ROI_UUID_ATTRIBUTE)),
                    "the uuid mark is not stored");
            assertEquals(List.of("light"), saved.stimulus().types().stream().map(x -> x.name()).toList());
            // the same ROIs added as a new sample get new uuids
            AddToProjectDialog.Choice copy = new AddToProjectDialog.Choice(new SampleId("zf1", "t2"), Map.of(), "", ImageStorage.COPY, false,
                    false);
            Sample second = project.addSample(SampleDrafts.build(copy, back, null, ViewerSample.rois(manager, reopened), null),
                    ProgressMonitor.NONE);
            assertTrue(second.roiUuids().stream().noneMatch(sample.roiUuids()::contains));
            ImageData shot = Screens.capture(shell, "sample-reopened");
            assertTrue(Screens.distinctPixels(shot) > 30, "movies, ROIs and the manager are drawn");
        } finally {
            shell.dispose();
            movie.close();
        }
    }
}
