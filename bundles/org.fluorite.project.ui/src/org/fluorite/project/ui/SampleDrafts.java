package org.fluorite.project.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fluorite.core.image.Image;
import org.fluorite.project.SampleDraft;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.stimulus.StimulusMap;

/**
 * Gathers what a viewer holds into a {@link SampleDraft}: the movie and its file, the ROIs of the
 * ROI manager (with their tags; traces are measured by the project as mean intensities; ROIs
 * opened from the sample keep their uuids when it is saved over), the
 * stimulus map of the stimulus part, the dialog's values, and the movie's metadata and history.
 */
public final class SampleDrafts {

    private SampleDrafts() {
    }

    /**
     * @param movie    the viewer's movie; null only when saving over a sample without its image data
     * @param source   the file the movie was read from, or null
     * @param rois     the ROIs in their order
     * @param stimulus the stimulus map, or null when it has no types
     */
    public static SampleDraft build(AddToProjectDialog.Choice choice, Image movie, Path source, List<Roi> rois,
            StimulusMap stimulus) {
        SampleDraft.Builder b = SampleDraft.builder(choice.id());
        boolean withImage = !choice.saveOver() || choice.replaceImage();
        if (withImage) {
            b.image(movie, source).storage(choice.storage());
            b.provenance(movie.provenance());
        }
        // ROIs opened from this sample keep their uuids when it is saved over; copies and new ROIs get new ones
        List<String> uuids = new ArrayList<>();
        List<Roi> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Roi r : rois) {
            String uuid = ViewerSample.uuidOf(r);
            uuids.add(choice.saveOver() && uuid != null && seen.add(uuid) ? uuid : null);
            clean.add(ViewerSample.withoutUuid(r));
        }
        b.roiUuids(uuids);
        RoiSet set = new RoiSet(choice.id().toString(), clean);
        if (movie != null && movie.width() > 0) {
            set = set.withImageSize(movie.width(), movie.height());
        }
        b.rois(set);
        if (stimulus != null && !stimulus.types().isEmpty()) {
            b.stimulus(stimulus);
        }
        choice.values().forEach(b::value);
        b.comments(choice.comments());
        return b.build();
    }
}
