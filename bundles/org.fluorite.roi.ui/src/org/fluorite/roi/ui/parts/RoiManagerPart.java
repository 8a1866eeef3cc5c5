package org.fluorite.roi.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.io.FormatRegistry;
import org.fluorite.roi.ui.widgets.RoiManagerPanel;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerToolPart;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The "ROI Manager" part in the tool stack: a {@link RoiManagerPanel} that follows the most
 * recently active viewer part (activating another kind of part, e.g. the ROI manager itself,
 * keeps the last viewer).
 */
public class RoiManagerPart extends ViewerToolPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.roi.ui.partdescriptor.manager";

    @Inject
    private IEventBroker broker;

    @Inject
    @Optional
    private FormatRegistry registry;

    private RoiManagerPanel panel;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        panel = new RoiManagerPanel(parent, registry);
        panel.setWarningListener(w -> broker.post(UiTopics.STATUS, "ROI Manager: " + w));
        attachPendingViewer();
    }

    @Override
    protected boolean isReady() {
        return panel != null && !panel.isDisposed();
    }

    @Override
    protected ImageViewer attachedViewer() {
        return panel.viewer();
    }

    @Override
    protected void attach(ImageViewer viewer) {
        panel.attach(viewer);
    }

    @Focus
    public void focus() {
        if (panel != null && !panel.isDisposed()) {
            panel.roiTable().setFocus();
        }
    }

    /** The panel inside this part, for automation. */
    public RoiManagerPanel panel() {
        return panel;
    }
}
