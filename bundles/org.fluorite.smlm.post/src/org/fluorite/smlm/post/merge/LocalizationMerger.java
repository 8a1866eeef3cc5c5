package org.fluorite.smlm.post.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.LocalizationData;

/**
 * Merges localizations of one blinking event (linked with {@link FrameLinker}) into one row:
 * <ul>
 * <li>x, y (and z): photon-weighted mean (plain mean when the table has no photons or they are
 * not positive);</li>
 * <li>photons: sum; background: mean; sigma: photon-weighted mean;</li>
 * <li>uncertainty: the inverse-variance combination {@code 1/sqrt(sum 1/u_i^2)}, nm;</li>
 * <li>frame: the event's first frame; new columns {@code merged_count} (localizations merged),
 * {@code last_frame};</li>
 * <li>other numeric columns: mean; text columns: the first row's value.</li>
 * </ul>
 * Rows come out ordered by first frame. The provenance gains {@value #OPERATION}.
 */
public final class LocalizationMerger {

    public static final String OPERATION = "smlm.merge";
    public static final String MERGED_COUNT = "merged_count";
    public static final String LAST_FRAME = "last_frame";

    private LocalizationMerger() {
    }

    public static Table apply(Table table, MergeSettings s) {
        LocalizationData.require(table);
        int n = table.rowCount();
        int[] frame = LocalizationData.frames(table);
        double[] x = LocalizationData.values(table, Localizations.X);
        double[] y = LocalizationData.values(table, Localizations.Y);
        int[] track = FrameLinker.link(frame, x, y, s.radiusNm(), s.gapFrames());
        int events = 0;
        for (int t : track) {
            events = Math.max(events, t + 1);
        }
        double[] photons = LocalizationData.values(table, Localizations.PHOTONS);
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = photons != null && photons[i] > 0 && Double.isFinite(photons[i]) ? photons[i] : 1;
        }
        int[] first = new int[events];
        java.util.Arrays.fill(first, -1);
        int[] count = new int[events];
        long[] firstFrame = new long[events];
        long[] lastFrame = new long[events];
        double[] wsum = new double[events];
        for (int i = 0; i < n; i++) {
            int t = track[i];
            if (first[t] < 0 || frame[i] < firstFrame[t]) {
                if (first[t] < 0) {
                    lastFrame[t] = frame[i];
                }
                first[t] = i;
                firstFrame[t] = frame[i];
            }
            lastFrame[t] = Math.max(lastFrame[t], frame[i]);
            count[t]++;
            wsum[t] += weight[i];
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] countsAsWeights = new double[events];
        long[] counts = new long[events];
        for (int t = 0; t < events; t++) {
            countsAsWeights[t] = count[t];
            counts[t] = count[t];
        }
        List<Column> out = new ArrayList<>();
        for (Column c : table.columns()) {
            String name = c.name();
            if (name.equals(Localizations.FRAME)) {
                out.add(Column.ofLongs(name, c.unit(), firstFrame));
            } else if (c.type() == Column.Type.TEXT) {
                out.add(c.select(first));
            } else if (name.equals(Localizations.PHOTONS)) {
                out.add(Column.ofDoubles(name, c.unit(), sum(c, track, events)));
            } else if (name.equals(Localizations.UNCERTAINTY)) {
                out.add(Column.ofDoubles(name, c.unit(), inverseVariance(c, track, events)));
            } else if (name.equals(Localizations.X) || name.equals(Localizations.Y) || name.equals(Localizations.Z)
                    || name.equals(Localizations.SIGMA)) {
                out.add(Column.ofDoubles(name, c.unit(), weightedMean(c, weight, wsum, track, events)));
            } else {
                out.add(Column.ofDoubles(name, c.unit(), weightedMean(c, ones, countsAsWeights, track, events)));
            }
        }
        replaceOrAdd(out, Column.ofLongs(MERGED_COUNT, "", counts));
        replaceOrAdd(out, Column.ofLongs(LAST_FRAME, "", lastFrame));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("radiusNm", s.radiusNm());
        p.put("gapFrames", s.gapFrames());
        p.put("rowsBefore", n);
        p.put("rowsAfter", events);
        // track numbers start in frame order, so the events already come out ordered by first frame
        return table.withColumns(out).withProvenance(table.provenance().then(Operation.of(OPERATION, p)));
    }

    private static void replaceOrAdd(List<Column> columns, Column c) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(c.name())) {
                columns.set(i, c);
                return;
            }
        }
        columns.add(c);
    }

    private static double[] sum(Column c, int[] track, int events) {
        double[] out = new double[events];
        for (int i = 0; i < track.length; i++) {
            out[track[i]] += c.getDouble(i);
        }
        return out;
    }

    private static double[] weightedMean(Column c, double[] weight, double[] wsum, int[] track, int events) {
        double[] out = new double[events];
        for (int i = 0; i < track.length; i++) {
            out[track[i]] += weight[i] * c.getDouble(i);
        }
        for (int t = 0; t < events; t++) {
            out[t] /= wsum[t];
        }
        return out;
    }

    private static double[] inverseVariance(Column c, int[] track, int events) {
        double[] acc = new double[events];
        for (int i = 0; i < track.length; i++) {
            double u = c.getDouble(i);
            acc[track[i]] += 1 / (u * u);
        }
        for (int t = 0; t < events; t++) {
            acc[t] = 1 / Math.sqrt(acc[t]);
        }
        return acc;
    }
}
