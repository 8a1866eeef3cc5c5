package org.fluorite.stimulus.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.stimulus.ui.widgets.StimulusMapPanel;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerPart;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "Stimulus Map" part in the tool stack: a {@link StimulusMapPanel} that follows the most
 * recently active viewer part (activating another kind of part keeps the last viewer). The maps
 * live with their viewers, so closing and reopening this part loses nothing.
 */
public class StimulusMapPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.stimulus.ui.partdescriptor.map";

    @Inject
    private IEventBroker broker;

    private StimulusMapPanel panel;
    private ImageViewer pendingViewer;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        panel = new StimulusMapPanel(parent);
        panel.setStatusListener(s -> broker.post(UiTopics.STATUS, "Stimulus Map: " + s));
        if (pendingViewer != null) {
            panel.attach(pendingViewer);
        }
    }

    /** Follows the active part when it is a viewer. */
    @Inject
    public void activePart(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ImageViewer v = ViewerPart.viewerOf(part);
        if (v == null) {
            return;
        }
        if (panel == null) {
            pendingViewer = v; // injection may run before the part's controls exist
        } else if (!panel.isDisposed() && v != panel.viewer()) {
            panel.attach(v);
        }
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
