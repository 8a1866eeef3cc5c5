package org.fluorite.project.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.project.ImageStorage;
import org.fluorite.project.Project;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.fluorite.roi.Roi;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Add to Project dialog's checks, and what its choice stores through the project's API. */
class AddToProjectDialogTest {

    @TempDir
    Path dir;
    Project project;
    Shell shell;
    AddToProjectDialog dialog;

    @BeforeEach
    void setUp() throws Exception {
        TestData.assumeDisplay();
        project = ProjectFixture.create(dir.resolve("p"));
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        if (shell != null) {
            shell.dispose();
        }
        if (project != null) {
            project.close();
        }
    }

    private AddToProjectDialog open(Sample existing) {
        dialog = new AddToProjectDialog(shell, new AddToProjectDialog.Context("fissa project", project.configuration(), existing, true,
                "2 ROIs, 0 stimulus types, movie AVG_A01.tif"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    @Test
    void refusesTheSeparatorAndBadNumbersThenAddsTheSample() throws Exception {
        AddToProjectDialog d = open(null);
        assertFalse(d.canFinish(), "empty ids");
        d.animalField().setText("mouse-_-7");
        d.trialField().setText("t1");
        assertFalse(d.canFinish());
        assertTrue(d.getErrorMessage().contains("'-_-'") && d.getErrorMessage().contains("Animal ID"), d.getErrorMessage());
        d.animalField().setText("mouse7");
        d.trialField().setText("a-_-b");
        assertFalse(d.canFinish());
        assertTrue(d.getErrorMessage().contains("Trial ID"), d.getErrorMessage());
        d.trialField().setText("t1");
        assertTrue(d.canFinish());
        assertNull(d.getErrorMessage());

        d.customField("stage").setText("4.5");
        assertFalse(d.canFinish());
        assertTrue(d.getErrorMessage().contains("whole"), d.getErrorMessage());
        d.customField("stage").setText(" 52 ");
        d.customField("dose").setText("0.25");
        d.customField("promoter").setText("gcamp6");
        assertTrue(d.canFinish());
        ImageData shot = Screens.capture(d.getShell(), "add-to-project-dialog");
        assertTrue(Screens.distinctPixels(shot) > 10);
        d.finish();
        AddToProjectDialog.Choice c = d.choice();
        assertEquals(new SampleId("mouse7", "t1"), c.id());
        assertEquals(Map.of("promoter", "gcamp6", "stage", 52L, "dose", 0.25), c.values());
        assertEquals(ImageStorage.COPY, c.storage());
        assertFalse(c.saveOver());

        // the choice, a real movie and ROIs with a tag go into the project in one sample
        FormatRegistry registry = ProjectFixture.registry();
        Image movie = ProjectFixture.movie(registry, 0);
        org.fluorite.roi.ui.RoiList managerList = new org.fluorite.roi.ui.RoiList(); // as the ROI manager holds them
        managerList.setAll(ProjectFixture.rois(registry).rois());
        managerList.setTag(0, "cell", "soma");
        List<Roi> tagged = managerList.rois();
        Sample s = project.addSample(SampleDrafts.build(c, movie, TestData.file(ProjectFixture.MOVIES[0]), tagged, null),
                ProgressMonitor.NONE);
        movie.close();
        assertEquals(29, s.frames(), "[src] 29 pages");
        assertEquals(14, s.width());
        assertEquals(21, s.height());
        assertEquals(2, s.rois().size());
        assertEquals("soma", s.rois().get(0).roi().properties().tag("cell"));
        assertEquals(52L, s.customValues().get("stage"));
        assertEquals(8, project.table().rowCount(), "6 rows of the fixture + 2 ROIs");
        assertTrue(s.provenance().operations().stream().anyMatch(o -> o.name().equals("project.add-sample")));
    }

    @Test
    void savesOverASampleWithoutItsImageData() throws Exception {
        Sample a01 = project.sample(new SampleId("fissa_b", "A01")).orElseThrow();
        AddToProjectDialog d = open(a01);
        assertEquals("fissa_b", d.animalField().getText());
        assertEquals("A01", d.trialField().getText());
        assertFalse(d.animalField().getEditable(), "a SampleID never changes");
        assertEquals("pc2", d.customField("promoter").getText(), "the sample's own values");
        assertEquals("48", d.customField("stage").getText());
        assertTrue(d.canFinish());
        d.customField("promoter").setText("gcamp6");
        d.finish();
        AddToProjectDialog.Choice c = d.choice();
        assertTrue(c.saveOver());
        assertFalse(c.replaceImage(), "by default the image data is kept");
        assertEquals(a01.id(), c.id());

        List<Roi> one = List.of(a01.roiSet().rois().get(1));
        Sample after = project.replaceSample(SampleDrafts.build(c, null, null, one, null), false, ProgressMonitor.NONE);
        assertEquals(a01.imageUuid(), after.imageUuid());
        assertEquals(a01.imageSha256(), after.imageSha256(), "the movie was kept");
        assertEquals(1, after.rois().size());
        assertEquals("gcamp6", after.customValues().get("promoter"));
        assertEquals(48L, after.customValues().get("stage"));
        assertNotEquals(a01.rois().get(0).uuid(), after.rois().get(0).uuid());
        assertEquals(5, project.table().rowCount());
    }
}
