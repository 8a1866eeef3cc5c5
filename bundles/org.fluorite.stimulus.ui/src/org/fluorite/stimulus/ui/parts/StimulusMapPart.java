package org.fluorite.stimulus.ui.parts;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.stimulus.ui.widgets.StimulusMapPanel;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerToolPart;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The "Stimulus Map" part in the tool stack: a {@link StimulusMapPanel} that follows the most
 * recently active viewer part (activating another kind of part keeps the last viewer). The maps
 * live with their viewers, so closing and reopening this part loses nothing.
 */
public class StimulusMapPart extends ViewerToolPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.stimulus.ui.partdescriptor.map";

    @Inject
    private IEventBroker broker;

    private StimulusMapPanel panel;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        panel = new StimulusMapPanel(parent);
        panel.setStatusListener(s -> broker.post(UiTopics.STATUS, "Stimulus Map: " + s));
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
            panel.tabFolder().setFocus();
        }
    }

    /** The panel inside this part, for automation. */
    public StimulusMapPanel panel() {
        return panel;
    }
}
