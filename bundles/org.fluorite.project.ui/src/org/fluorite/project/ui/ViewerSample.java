package org.fluorite.project.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.Sample;
import org.fluorite.project.StoredRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.ui.RoiGeometry;
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

    /**
     * ROI attribute holding the project uuid of a ROI opened from a sample, so saving over the
     * sample keeps the uuids of its ROIs (the batch manager and flowcharts refer to them). It is
     * removed before the ROI is stored.
     */
    public static final String ROI_UUID_ATTRIBUTE = "fluorite.project.roi_uuid";

    private ViewerSample() {
    }

    /** {@code roi} marked with its project uuid. */
    static Roi withUuid(Roi roi, String uuid) {
        Map<String, Object> attributes = new LinkedHashMap<>(roi.properties().attributes());
        attributes.put(ROI_UUID_ATTRIBUTE, uuid);
        return RoiGeometry.withProperties(roi, withAttributes(roi.properties(), attributes));
    }

    /** {@code roi} without the project uuid mark. */
    static Roi withoutUuid(Roi roi) {
        if (!roi.properties().attributes().containsKey(ROI_UUID_ATTRIBUTE)) {
            return roi;
        }
        Map<String, Object> attributes = new LinkedHashMap<>(roi.properties().attributes());
        attributes.remove(ROI_UUID_ATTRIBUTE);
        return RoiGeometry.withProperties(roi, withAttributes(roi.properties(), attributes));
    }

    /** The project uuid a ROI was opened with, or null. */
    static String uuidOf(Roi roi) {
        return roi.properties().attributes().get(ROI_UUID_ATTRIBUTE) instanceof String s ? s : null;
    }

    private static RoiProperties withAttributes(RoiProperties p, Map<String, Object> attributes) {
        return new RoiProperties(p.name(), p.colour(), p.strokeWidth(), p.tags(), p.channel(), p.slice(), p.frame(), attributes);
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
            List<Roi> rois = new ArrayList<>();
            for (StoredRoi r : sample.rois()) {
                rois.add(withUuid(r.roi(), r.uuid()));
            }
            manager.list().setAll(rois);
            configuration.roiTypes().forEach(manager.list()::addTagColumn);
        }
    }
}
