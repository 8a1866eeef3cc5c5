package org.fluorite.flow.nodes.data;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectTable;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.fluorite.project.StoredRoi;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RoiMasks;

/**
 * Raw minima and maxima of each row's ROI read from the project's movies ({@link RawRange}): the
 * ROI's pixels in the frame where its raw curve is smallest and where it is largest. Each sample's
 * movie is opened once and only those frames are read. Rows whose ROI or movie cannot be found get
 * NaN (NormRaw then excludes them and says how many).
 */
final class ProjectRawRanges {

    private ProjectRawRanges() {
    }

    /** {minima, maxima} per row for the option. */
    static double[][] compute(Project project, Transmission t, NormRawFactory.Option option, ExecutionContext context)
            throws IOException {
        int rows = t.rowCount();
        double[] lo = new double[rows];
        double[] hi = new double[rows];
        java.util.Arrays.fill(lo, Double.NaN);
        java.util.Arrays.fill(hi, Double.NaN);
        FlowColumn samples = t.column(ProjectTable.SAMPLE_ID);
        FlowColumn rois = t.column(ProjectTable.ROI_UUID);
        double[][] curves = t.column(Transmission.RAW_CURVE).arrays();
        Map<String, Sample> sampleCache = new HashMap<>();
        Map<String, Image> images = new HashMap<>();
        context.progress().begin("Raw minima and maxima", rows);
        try {
            for (int r = 0; r < rows; r++) {
                context.checkCancelled();
                Object sid = samples.get(r);
                Object rid = rois.get(r);
                double[] curve = curves[r];
                if (sid == null || rid == null || curve == null || curve.length == 0) {
                    continue;
                }
                Sample s = sampleCache.computeIfAbsent(sid.toString(), id -> find(project, id));
                if (s == null) {
                    context.warn("Sample " + sid + " is not in the project");
                    continue;
                }
                StoredRoi roi = s.rois().stream().filter(x -> x.uuid().equalsIgnoreCase(uuidText(rid))).findFirst().orElse(null);
                if (roi == null) {
                    continue;
                }
                Image movie = images.get(sid.toString());
                if (movie == null) {
                    movie = project.openImage(s);
                    images.put(sid.toString(), movie);
                }
                if (movie.planeCount() != curve.length) {
                    context.warn("Sample " + sid + ": the movie has " + movie.planeCount() + " planes, the curve " + curve.length
                            + " points; its rows are excluded");
                    continue;
                }
                boolean[][] mask = mask(roi, movie.width(), movie.height());
                lo[r] = RawRange.of(pixels(movie.planeAt(argExtreme(curve, false)), mask), option);
                hi[r] = RawRange.of(pixels(movie.planeAt(argExtreme(curve, true)), mask), option);
                context.progress().worked(1);
            }
        } finally {
            for (Image im : images.values()) {
                im.close();
            }
            context.progress().done();
        }
        return new double[][] {lo, hi};
    }

    private static Sample find(Project project, String id) {
        try {
            return project.sample(SampleId.parse(id)).orElse(null);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String uuidText(Object v) {
        return v instanceof UUID u ? u.toString() : String.valueOf(v);
    }

    /** Pixels with a non-zero weight for masks (Mesmerize's footprint > 0), else the ROI's pixels. */
    private static boolean[][] mask(StoredRoi roi, int w, int h) {
        if (roi.roi() instanceof MaskRoi m) {
            boolean[][] out = new boolean[h][w];
            int[] xs = m.xs();
            int[] ys = m.ys();
            float[] ws = m.weights();
            for (int i = 0; i < xs.length; i++) {
                if (ws[i] > 0 && xs[i] >= 0 && ys[i] >= 0 && xs[i] < w && ys[i] < h) {
                    out[ys[i]][xs[i]] = true;
                }
            }
            return out;
        }
        return RoiMasks.mask(roi.roi(), w, h);
    }

    private static double[] pixels(Plane p, boolean[][] mask) {
        int n = 0;
        for (boolean[] row : mask) {
            for (boolean b : row) {
                n += b ? 1 : 0;
            }
        }
        double[] out = new double[n];
        int k = 0;
        for (int y = 0; y < mask.length; y++) {
            for (int x = 0; x < mask[y].length; x++) {
                if (mask[y][x]) {
                    out[k++] = p.get(y * p.width() + x);
                }
            }
        }
        return out;
    }

    /** numpy's argmax / argmin: the first index of the largest / smallest value (NaN wins, as in numpy). */
    static int argExtreme(double[] a, boolean max) {
        int best = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i])) {
                return i;
            }
            if (max ? a[i] > a[best] : a[i] < a[best]) {
                best = i;
            }
        }
        return best;
    }

    static List<String> neededColumns() {
        return List.of(ProjectTable.SAMPLE_ID, ProjectTable.ROI_UUID);
    }
}
