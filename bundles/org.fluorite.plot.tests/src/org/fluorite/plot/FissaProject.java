package org.fluorite.plot;

import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.nodes.data.ProjectTransmissions;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.SampleDraft;
import org.fluorite.project.SampleId;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;

/**
 * A small project of FISSA's three real two-photon movies (fissa/b/images/AVG_A0*.tif, 29 frames of
 * 14 x 21 pixels) with their two polygon ROIs (fissa/b/rois.zip): 6 rows, samples fissa_b-_-A01..A03.
 */
final class FissaProject {

    static final String[] MOVIES = {"fissa/b/images/AVG_A01.tif", "fissa/b/images/AVG_A02.tif",
            "fissa/b/images/AVG_A03.tif"};

    private FissaProject() {
    }

    static FormatRegistry registry() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new TiffImporter());
        r.addImporter(new ImageJRoiImporter());
        r.addExporter(new TiffExporter());
        return r;
    }

    /** Creates the project in {@code dir} and returns it open. */
    static Project create(Path dir) throws Exception {
        FormatRegistry registry = registry();
        RoiSet rois = (RoiSet) registry.open(TestData.file("fissa/b/rois.zip"), ImportOptions.NONE, ProgressMonitor.NONE)
                .data().get(0);
        Project p = Project.create(dir, "fissa", ProjectConfiguration.EMPTY, ProjectOptions.of(registry));
        for (int i = 0; i < MOVIES.length; i++) {
            Path file = TestData.file(MOVIES[i]);
            Image movie = registry.open(file, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
            p.addSample(SampleDraft.builder(new SampleId("fissa_b", "A0" + (i + 1))).image(movie, file).rois(rois).build(),
                    ProgressMonitor.NONE);
            movie.close();
        }
        return p;
    }

    /** The project's root tab as a Transmission (what LoadProjDF gives). */
    static Transmission rootTab(Project p) throws Exception {
        return ProjectTransmissions.fromTab(p, "root",
                new ExecutionContext("data.LoadProjDF", "LoadProjDF.0", ProgressMonitor.NONE, p.directory(), false));
    }

    static List<String> sampleIds() {
        return List.of("fissa_b-_-A01", "fissa_b-_-A01", "fissa_b-_-A02", "fissa_b-_-A02", "fissa_b-_-A03", "fissa_b-_-A03");
    }
}
