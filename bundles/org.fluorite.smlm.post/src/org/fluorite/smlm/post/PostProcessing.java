package org.fluorite.smlm.post;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.drift.CrossCorrelationDrift;
import org.fluorite.smlm.post.drift.CrossCorrelationSettings;
import org.fluorite.smlm.post.drift.FiducialDrift;
import org.fluorite.smlm.post.drift.FiducialSettings;
import org.fluorite.smlm.post.filter.FilterSettings;
import org.fluorite.smlm.post.filter.LocalizationFilter;
import org.fluorite.smlm.post.merge.LocalizationMerger;
import org.fluorite.smlm.post.merge.MergeSettings;
import org.fluorite.smlm.post.render.LocalizationRenderer;
import org.fluorite.smlm.post.render.RenderSettings;

/**
 * Runs the chain of a {@link PostProcessingSettings}: filter, drift correction, merging, then
 * rendering. Each step adds its operation to the table's provenance; the image's provenance is
 * the final table's plus the rendering.
 */
public final class PostProcessing {

    /** The processed table and its rendering. */
    public record Result(Table table, Image image) {
    }

    private PostProcessing() {
    }

    public static Result run(Table table, PostProcessingSettings s, ProgressMonitor monitor) {
        LocalizationData.require(table);
        Table t = table;
        if (s.minPhotons() > 0 || s.maxUncertaintyNm() > 0) {
            FilterSettings f = FilterSettings.NONE;
            if (s.minPhotons() > 0) {
                f = f.withPhotons(s.minPhotons(), Double.POSITIVE_INFINITY);
            }
            if (s.maxUncertaintyNm() > 0) {
                f = f.withMaxUncertainty(s.maxUncertaintyNm());
            }
            t = LocalizationFilter.apply(t, f);
        }
        monitor.checkCancelled();
        t = switch (s.drift()) {
            case NONE -> t;
            case CROSS_CORRELATION -> CrossCorrelationDrift.correct(t, new CrossCorrelationSettings(s.driftWindows(),
                    CrossCorrelationSettings.DEFAULTS.pixelNm(), CrossCorrelationSettings.DEFAULTS.blurNm(),
                    CrossCorrelationSettings.DEFAULTS.maxDriftNm()), monitor);
            case FIDUCIALS -> FiducialDrift.correct(t, FiducialSettings.DEFAULTS);
        };
        monitor.checkCancelled();
        if (s.mergeRadiusNm() > 0) {
            t = LocalizationMerger.apply(t, new MergeSettings(s.mergeRadiusNm(), s.mergeGapFrames()));
        }
        monitor.checkCancelled();
        Image image = LocalizationRenderer.render(t, new RenderSettings(s.pixelNm(), s.mode(), RenderSettings.DEFAULTS.minSigmaNm(),
                RenderSettings.DEFAULTS.maxPixels()));
        return new Result(t, image);
    }
}
