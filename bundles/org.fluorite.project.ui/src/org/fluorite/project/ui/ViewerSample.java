package org.fluorite.project.ui;

import java.util.List;

import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.Sample;
import org.fluorite.roi.Roi;
import org.fluorite.roi.ui.widgets.RoiManagerPanel;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.ui.StimulusEditor;
import org.fluorite.stimulus.ui.widgets.StimulusMapPanel;
import org.fluorite.viewer.ui.ImageViewer;

/**
 * Moves a sample between a viewer and a project: what the ROI manager and the stimulus editor hold
 * for a viewer goes into "Add to Project", and a stored sample's ROIs (with tags) and stimulus map
 * come back onto a viewer when it is opened. UI thread only.
 */
public final class ViewerSample {

    private ViewerSample() {
    }

    /**
     * The ROIs the ROI manager holds for {@code viewer} (it follows that viewer afterwards); none
     * when there is no manager.
     */
    public static List<Roi> rois(RoiManagerPanel manager, ImageViewer viewer) {
        if (manager == null || manager.isDisposed()) {
            return List.of();
        }
        if (manager.viewer() != viewer) {
            manager.attach(viewer);
        }
        return manager.list().rois();
    }

    /** The viewer's stimulus map, or null when it has none or no types. */
    public static StimulusMap stimulus(ImageViewer viewer) {
        if (viewer.getData(StimulusMapPanel.EDITOR_KEY) instanceof StimulusEditor e && !e.map().types().isEmpty()) {
            return e.map();
        }
        return null;
    }

    /**
     * Puts a stored sample's ROIs (with their tags, and every ROI type column of the project in the
     * tag editor) into the ROI manager for {@code viewer}, and its stimulus map into the viewer's
     * stimulus editor. The viewer shows the sample's movie already.
     *
     * @param manager the ROI manager, or null to leave ROIs out
     */
    public static void show(Sample sample, ProjectConfiguration configuration, ImageViewer viewer, RoiManagerPanel manager) {
        if (!sample.stimulus().types().isEmpty()) {
            StimulusMapPanel.editorOf(viewer).merge(sample.stimulus());
        }
        if (manager != null && !manager.isDisposed()) {
            manager.attach(viewer);
            manager.list().setAll(sample.roiSet().rois());
            configuration.roiTypes().forEach(manager.list()::addTagColumn);
        }
    }
}
