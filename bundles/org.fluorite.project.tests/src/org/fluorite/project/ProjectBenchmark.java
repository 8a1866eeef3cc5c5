package org.fluorite.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.project.filter.TableFilter;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;

/**
 * Not a unit test: times the project store at the size of a real lab project, for
 * docs/PERFORMANCE.md. Adds SAMPLES samples of ROIS weighted-mask ROIs (40 pixels each) with traces
 * of FRAMES frames, then times the project table, a filter, a CSV export and reading one sample.
 *
 * <pre>java -cp ... org.fluorite.project.ProjectBenchmark DIR [SAMPLES ROIS FRAMES [BACKUPS_KEPT]]</pre>
 */
public final class ProjectBenchmark {

    private ProjectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int roisPerSample = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int frames = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        int backups = args.length > 4 ? Integer.parseInt(args[4]) : ProjectOptions.DEFAULT_BACKUPS;
        List<Roi> rois = new ArrayList<>();
        for (int i = 0; i < roisPerSample; i++) {
            int[] xs = new int[40];
            int[] ys = new int[40];
            float[] w = new float[40];
            for (int k = 0; k < 40; k++) {
                xs[k] = k % 8;
                ys[k] = k / 8;
                w[k] = 0.5f + k / 80f;
            }
            rois.add(new MaskRoi(new RoiProperties("cell " + i, -1, 0, Map.of("cell_name", i % 3 == 0 ? "pr" : "mn"), 0, 0, 0),
                    xs, ys, w));
        }
        RoiSet set = new RoiSet("cells", rois);
        double[][] traces = new double[roisPerSample][frames];
        for (int r = 0; r < roisPerSample; r++) {
            for (int t = 0; t < frames; t++) {
                traces[r][t] = Math.sin(r + t * 0.01);
            }
        }
        try (Project p = Project.create(dir, "bench", ProjectTestSupport.configuration(),
                ProjectTestSupport.options().withBackupsToKeep(backups))) {
            long t0 = System.nanoTime();
            for (int s = 0; s < samples; s++) {
                p.addSample(SampleDraft.builder(new SampleId("animal" + s, "1")).image(ProjectTestSupport.movie(2, 0), null)
                        .rois(set).traces(traces).value("promoter", s % 2 == 0 ? "pc2" : "cesa").value("stage", (long) s).build(),
                        ProgressMonitor.NONE);
            }
            long t1 = System.nanoTime();
            Table table = p.table();
            long t2 = System.nanoTime();
            int kept = TableFilter.parseAssignments(List.of("cell_name=pr", "stage=$RANGE:10..30")).rows(table).length;
            long t3 = System.nanoTime();
            for (int k = 0; k < 3; k++) {
                long w0 = System.nanoTime();
                p.table();
                System.out.printf("project table again: %.0f ms%n", (System.nanoTime() - w0) / 1e6);
            }
            long t3b = System.nanoTime();
            p.exportCsv(ProjectTab.root(), dir.resolve("exports/all.csv"));
            long t4 = System.nanoTime();
            Sample one = p.sample(new SampleId("animal7", "1")).orElseThrow();
            long t5 = System.nanoTime();
            System.out.printf("samples %d x ROIs %d x frames %d: database %.1f MB, %d table rows%n", samples, roisPerSample, frames,
                    Files.size(p.databaseFile()) / 1e6, table.rowCount());
            System.out.printf("add-sample (%d backups kept): %.0f ms per sample on average%n", backups, (t1 - t0) / 1e6 / samples);
            System.out.printf("project table: %.0f ms; filter of 2 columns: %.1f ms (%d rows kept); CSV export: %.0f ms;"
                    + " read one sample with %d traces: %.0f ms%n", (t2 - t1) / 1e6, (t3 - t2) / 1e6, kept, (t4 - t3b) / 1e6,
                    one.rois().size(), (t5 - t4) / 1e6);
        }
    }
}
