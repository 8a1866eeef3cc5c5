package org.fluorite.roi.traces;

import java.io.IOException;
import java.util.List;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiMasks;

/**
 * Intensity traces of ROIs over a movie: for every frame, the mean of the pixels inside each ROI
 * (weighted by the mask weights for {@link MaskRoi}s, i.e. sum(w*v)/sum(w)). Reads the movie one
 * frame at a time, so a movie larger than memory works.
 */
public final class TraceExtractor {

    private TraceExtractor() {
    }

    /**
     * Mean traces of {@code rois} over the T axis of {@code movie} (a single-plane image gives one
     * value per ROI).
     *
     * @return traces[roi][frame]
     */
    public static double[][] meanTraces(Image movie, List<Roi> rois, ProgressMonitor monitor) throws IOException {
        int w = movie.width();
        int h = movie.height();
        MaskRoi[] masks = new MaskRoi[rois.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = rois.get(i) instanceof MaskRoi m ? m : RoiMasks.toMaskRoi(rois.get(i), w, h);
        }
        long frames = movie.has(Axis.T) ? movie.length(Axis.T) : 1;
        double[][] out = new double[masks.length][(int) frames];
        monitor.begin("Extracting " + masks.length + " traces", frames);
        try {
            for (int t = 0; t < frames; t++) {
                monitor.checkCancelled();
                Plane plane = movie.has(Axis.T) ? movie.plane(java.util.Map.of(Axis.T, (long) t)) : movie.plane(java.util.Map.of());
                for (int r = 0; r < masks.length; r++) {
                    out[r][t] = weightedMean(plane, masks[r]);
                }
                monitor.worked(1);
            }
        } finally {
            monitor.done();
        }
        return out;
    }

    /** sum(w*v)/sum(w) over the mask's pixels inside the plane; NaN for an empty mask. */
    static double weightedMean(Plane plane, MaskRoi mask) {
        int[] xs = mask.xs();
        int[] ys = mask.ys();
        float[] ws = mask.weights();
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] < 0 || ys[i] < 0 || xs[i] >= plane.width() || ys[i] >= plane.height()) {
                continue;
            }
            sum += ws[i] * plane.get(xs[i], ys[i]);
            weight += ws[i];
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }
}
