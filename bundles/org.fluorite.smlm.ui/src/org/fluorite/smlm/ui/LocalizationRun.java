package org.fluorite.smlm.ui;

import java.io.IOException;
import java.util.Locale;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.FrameSelection;
import org.fluorite.smlm.LocalizationSettings;
import org.fluorite.smlm.Localizer;
import org.fluorite.smlm.post.PostProcessing;
import org.fluorite.smlm.post.PostProcessingSettings;

/**
 * What "Go" runs, without any UI: localize every frame of one channel (and Z plane) of the stack,
 * then filter, correct drift, merge and render as the result settings say.
 *
 * @param stack     the image stack
 * @param selection the channel and Z plane whose frames (T axis) are localized
 * @param camera    camera and pixel size
 * @param settings  detection and fitting
 * @param result    post-processing and rendering
 */
public record LocalizationRun(Image stack, FrameSelection selection, CameraSettings camera, LocalizationSettings settings,
        PostProcessingSettings result) {

    /** The first channel and Z plane of {@code stack}. */
    public LocalizationRun(Image stack, CameraSettings camera, LocalizationSettings settings, PostProcessingSettings result) {
        this(stack, FrameSelection.FIRST, camera, settings, result);
    }

    /** The raw localization table, the post-processed table and its rendering. */
    public record Output(Table localizations, Table processed, Image rendered) {
    }

    public Output run(int threads, ProgressMonitor monitor) throws IOException {
        Localizer localizer = new Localizer(settings, camera.camera(stack), camera.pixelNm());
        Table table = localizer.run(stack, selection, threads, monitor);
        PostProcessing.Result r = PostProcessing.run(table, result, monitor);
        return new Output(table, r.table(), r.image());
    }

    /** The stack's name with the channel (and Z plane) localized, e.g. "cells.tif, channel 2". */
    public String title() {
        String label = selection.label(stack);
        return label.isEmpty() ? stack.name() : stack.name() + ", " + label;
    }

    /** The status line after a run: what was localized, how many localizations, the rendering's size. */
    public String summary(Output out) {
        return String.format(Locale.ROOT, "%s: %d localizations, %d after filtering and merging, rendered %d x %d", title(),
                out.localizations().rowCount(), out.processed().rowCount(), out.rendered().width(), out.rendered().height());
    }
}
