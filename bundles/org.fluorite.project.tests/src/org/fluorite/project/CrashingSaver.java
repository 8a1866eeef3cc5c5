package org.fluorite.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;

/**
 * Run in a separate JVM by {@link CrashTest}: opens a project and adds one big sample (a copied
 * movie and {@code n} ROIs with traces), then stops dead at a chosen moment, printing a word, and
 * waits to be killed: "COPYING" once the movie's bytes are written but before the copy is
 * renamed into place, "MID" when half the ROIs are inserted (inside the transaction), "COMMITTED"
 * after the sample was added. With "replace", ANIMAL is the SampleID of a stored sample that is
 * saved over (with new image data) and the process stops at "MID" of that transaction.
 *
 * <pre>CrashingSaver PROJECT_DIR MOVIE.tif ANIMAL ROI_COUNT copy|mid|after|replace</pre>
 */
public final class CrashingSaver {

    private CrashingSaver() {
    }

    /** Traces of the big sample, known to the test: ROI r, frame t = r * 1000 + t. */
    static double[][] traces(int rois, long frames) {
        double[][] out = new double[rois][(int) frames];
        for (int r = 0; r < rois; r++) {
            for (int t = 0; t < frames; t++) {
                out[r][t] = r * 1000.0 + t;
            }
        }
        return out;
    }

    static RoiSet rois(int n) {
        List<Roi> rois = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rois.add(new RectangleRoi(new RoiProperties("r" + i, -1, 0, Map.of("cell", "c" + (i % 7)), 0, 0, 0), i % 10, i % 17, 2,
                    2, 0));
        }
        return new RoiSet("many", rois);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path movieFile = Path.of(args[1]);
        String animal = args[2];
        int n = Integer.parseInt(args[3]);
        String stopAt = args[4];
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        registry.addExporter(new TiffExporter());
        try (Project p = Project.open(dir, ProjectOptions.of(registry))) {
            Image movie = registry.open(movieFile, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
            long frames = movie.shape()[0];
            boolean replace = stopAt.equals("replace");
            SampleId id = replace ? SampleId.parse(animal) : new SampleId(animal, "1");
            SampleDraft draft = SampleDraft.builder(id).image(movie, movieFile).rois(rois(n)).traces(traces(n, frames))
                    .value("note", "big").build();
            if (replace) {
                p.replaceSample(draft, true, new Stopper("mid", n));
            } else {
                p.addSample(draft, new Stopper(stopAt, n));
            }
            if (stopAt.equals("after")) {
                stop("COMMITTED");
            }
            System.out.println("DONE");
        }
    }

    private static void stop(String word) {
        System.out.println(word);
        System.out.flush();
        try {
            Thread.sleep(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // never killed: leave without closing anything, like a crash
        Runtime.getRuntime().halt(3);
    }

    /** Stops the process at the chosen point of the save. */
    private static final class Stopper implements ProgressMonitor {
        private final String stopAt;
        private final int rois;
        private final Map<String, Long> done = new HashMap<>();
        private String task = "";

        Stopper(String stopAt, int rois) {
            this.stopAt = stopAt;
            this.rois = rois;
        }

        @Override
        public void begin(String name, long totalWork) {
            task = name;
        }

        @Override
        public void worked(long units) {
            long sum = done.merge(task, units, Long::sum);
            if (stopAt.equals("copy") && task.startsWith("Copying")) {
                stop("COPYING");
            }
            if (stopAt.equals("mid") && task.startsWith("Saving") && sum == rois / 2) {
                stop("MID");
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
