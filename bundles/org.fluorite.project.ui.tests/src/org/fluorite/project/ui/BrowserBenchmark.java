package org.fluorite.project.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.SampleDraft;
import org.fluorite.project.SampleId;
import org.fluorite.project.ui.browser.BrowserModel;
import org.fluorite.project.ui.browser.ProjectBrowser;
import org.fluorite.project.ui.browser.BrowserTasks;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;

/**
 * Not a unit test: times the project browser over a large project (SAMPLES samples of FISSA's A01
 * movie with ROIS 1 x 1 pixel ROIs each, tagged in 4 groups): reading the table, showing it
 * (filter lists and NatTable), filtering into a tab. Run with the quick-test class path:
 * {@code java -cp ... org.fluorite.project.ui.BrowserBenchmark DIR [SAMPLES] [ROIS]}.
 */
public final class BrowserBenchmark {

    private BrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int roisPerSample = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        FormatRegistry registry = ProjectFixture.registry();
        long t0 = System.nanoTime();
        Project p = Project.isProject(dir) ? Project.open(dir, new ProjectOptions(registry, 0))
                : Project.create(dir, "benchmark", ProjectFixture.configuration(), new ProjectOptions(registry, 0));
        if (p.sampleIds().isEmpty()) {
            List<Roi> rois = new ArrayList<>();
            String[] groups = {"soma", "dendrite", "axon", "glia"};
            for (int i = 0; i < roisPerSample; i++) {
                rois.add(new RectangleRoi(new RoiProperties("r" + i, -1, 0, Map.of("cell", groups[i % 4]), 0, 0, 0), i % 14, (i / 14) % 21,
                        1, 1, 0));
            }
            RoiSet set = new RoiSet("grid", rois).withImageSize(14, 21);
            Path file = TestData.file(ProjectFixture.MOVIES[0]);
            for (int s = 0; s < samples; s++) {
                Image movie = ProjectFixture.movie(registry, 0);
                p.addSample(SampleDraft.builder(new SampleId("animal" + (s % 8), "trial" + s)).image(movie, file)
                        .storage(org.fluorite.project.ImageStorage.REFERENCE).rois(set).value("promoter", s % 2 == 0 ? "pc2" : "cng_ch4")
                        .value("stage", (long) (40 + s)).build(), ProgressMonitor.NONE);
                movie.close();
            }
        }
        long t1 = System.nanoTime();
        BrowserModel model = BrowserModel.load(p);
        long t2 = System.nanoTime();
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1400, 800);
        ProjectBrowser browser = new ProjectBrowser(shell, null);
        browser.setTasks(BrowserTasks.INLINE);
        shell.open();
        long t3 = System.nanoTime();
        browser.setModel(model);
        Screens.settle(display);
        long t4 = System.nanoTime();
        String tab = "bench " + System.nanoTime();
        model.apply(Map.of("cell", "$STR=:soma", "stage", "$RANGE:50..60"), BrowserModel.ApplyMode.DEFAULT, tab);
        int filtered = model.currentRows().rowCount();
        browser.selectTab(model.currentIndex());
        long t5 = System.nanoTime();
        Screens.capture(shell, "project-browser-benchmark");
        System.out.printf("rows %d; make project %.1f s; read table %.3f s; show (lists + NatTable, incl. 0.3 s settle) %.3f s;"
                + " filter into a tab (%d rows) and show %.3f s; database %.1f MB; heap used %.0f MB%n",
                model.wholeTable().rowCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t4 - t3) / 1e9, filtered, (t5 - t4) / 1e9,
                Files.size(p.databaseFile()) / 1e6,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
        p.deleteTab(tab);
        shell.dispose();
        p.close();
    }
}
