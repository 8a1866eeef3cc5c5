package org.fluorite.smlm.ui;

import java.io.IOException;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.LocalizationSettings;
import org.fluorite.smlm.Localizer;
import org.fluorite.smlm.post.PostProcessing;
import org.fluorite.smlm.post.PostProcessingSettings;

/**
 * What "Go" runs, without any UI: localize every frame of the stack, then filter, correct drift,
 * merge and render as the result settings say.
 *
 * @param stack    the image stack (frames = planes)
 * @param camera   camera and pixel size
 * @param settings detection and fitting
 * @param result   post-processing and rendering
 */
public record LocalizationRun(Image stack, CameraSettings camera, LocalizationSettings settings, PostProcessingSettings result) {

    /** The raw localization table, the post-processed table and its rendering. */
    public record Output(Table localizations, Table processed, Image rendered) {
    }

    public Output run(int threads, ProgressMonitor monitor) throws IOException {
        Localizer localizer = new Localizer(settings, camera.camera(stack), camera.pixelNm());
        Table table = localizer.run(stack, threads, monitor);
        PostProcessing.Result r = PostProcessing.run(table, result, monitor);
        return new Output(table, r.table(), r.image());
    }
}
