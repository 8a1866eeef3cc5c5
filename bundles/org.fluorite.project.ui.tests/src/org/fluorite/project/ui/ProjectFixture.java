package org.fluorite.project.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.ProjectTable;
import org.fluorite.project.SampleDraft;
import org.fluorite.project.SampleId;
import org.fluorite.project.ValueType;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;

/**
 * A real project for the workbench tests, made with the store's API from FISSA's three
 * downsampled two-photon movies (fissa/b/images/AVG_A0*.tif: 29 frames of 21 x 14 uint16, [src]
 * SOURCES.md) and their two polygon ROIs (fissa/b/rois.zip: 03.roi with 7 vertices, 04.roi with 10).
 *
 * <pre>
 * SampleID          cell (ROI 0 / ROI 1)  promoter  stage  dose
 * fissa_b-_-A01     soma / dendrite       pc2       48     0.5
 * fissa_b-_-A02     soma / dendrite       pc2       60     (none)
 * fissa_c-_-A03     soma / dendrite       cng_ch4   72     1.25
 * </pre>
 *
 * Six rows (3 samples x 2 ROIs); ROI type column "cell", stimulus type column "light" (no maps:
 * "untagged"), custom columns promoter (text), stage (int), dose (decimal).
 */
public final class ProjectFixture {

    public static final String[] MOVIES = {"fissa/b/images/AVG_A01.tif", "fissa/b/images/AVG_A02.tif",
            "fissa/b/images/AVG_A03.tif"};
    public static final String ROIS = "fissa/b/rois.zip";

    private ProjectFixture() {
    }

    public static FormatRegistry registry() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new TiffImporter());
        r.addImporter(new ImageJRoiImporter());
        r.addExporter(new TiffExporter());
        return r;
    }

    public static ProjectConfiguration configuration() {
        return ProjectConfiguration.of(List.of("cell"), List.of("light"),
                List.of(ProjectColumn.custom("promoter", ValueType.TEXT, null), ProjectColumn.custom("stage", ValueType.INTEGER, null),
                        ProjectColumn.custom("dose", ValueType.DECIMAL, null)));
    }

    public static RoiSet rois(FormatRegistry registry) throws IOException {
        return (RoiSet) registry.open(TestData.file(ROIS), ImportOptions.NONE, ProgressMonitor.NONE).data().get(0);
    }

    public static Image movie(FormatRegistry registry, int index) throws IOException {
        return registry.open(TestData.file(MOVIES[index]), ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
    }

    /** Creates the project described above in {@code dir} (backups off: the tests do not need them). */
    public static Project create(Path dir) throws IOException {
        FormatRegistry registry = registry();
        Project p = Project.create(dir, "fissa project", configuration(), new ProjectOptions(registry, 0));
        RoiSet rois = rois(registry);
        String[] animals = {"fissa_b", "fissa_b", "fissa_c"};
        String[] promoters = {"pc2", "pc2", "cng_ch4"};
        long[] stages = {48, 60, 72};
        Double[] doses = {0.5, null, 1.25};
        for (int i = 0; i < 3; i++) {
            Image movie = movie(registry, i);
            SampleDraft.Builder b = SampleDraft.builder(new SampleId(animals[i], "A0" + (i + 1)))
                    .image(movie, TestData.file(MOVIES[i])).rois(rois).value("promoter", promoters[i]).value("stage", stages[i]);
            if (doses[i] != null) {
                b.value("dose", doses[i]);
            }
            p.addSample(b.build(), ProgressMonitor.NONE);
            movie.close();
        }
        Table t = p.table();
        Column index = t.require(ProjectTable.ROI_INDEX);
        int[] first = rowsWhere(t, r -> index.getDouble(r) == 0);
        int[] second = rowsWhere(t, r -> index.getDouble(r) == 1);
        p.setValue(t.selectRows(first), "cell", "soma");
        p.setValue(t.selectRows(second), "cell", "dendrite");
        return p;
    }

    static int[] rowsWhere(Table t, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, t.rowCount()).filter(keep).toArray();
    }
}
