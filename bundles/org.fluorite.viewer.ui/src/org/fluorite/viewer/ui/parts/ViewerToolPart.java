package org.fluorite.viewer.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.fluorite.viewer.ui.ImageViewer;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Base of tool parts that work on the viewer the user looked at last (ROI manager, stimulus map):
 * follows the active part, and when it is a viewer, hands its {@link ImageViewer} to
 * {@link #attach}. A viewer that becomes active before the part's controls exist is kept until
 * the subclass calls {@link #attachPendingViewer()} at the end of its {@code @PostConstruct}.
 */
public abstract class ViewerToolPart {

    private ImageViewer pendingViewer;

    /** True once the part's controls exist and are not disposed. */
    protected abstract boolean isReady();

    /** The viewer the part works on now, or null. */
    protected abstract ImageViewer attachedViewer();

    /** Switches the part to {@code viewer}. */
    protected abstract void attach(ImageViewer viewer);

    /** Follows the active part when it is a viewer. */
    @Inject
    public void activePart(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ImageViewer viewer = ViewerPart.viewerOf(part);
        if (viewer == null) {
            return;
        }
        if (!isReady()) {
            pendingViewer = viewer; // injection may run before the part's controls exist
        } else if (viewer != attachedViewer()) {
            attach(viewer);
        }
    }

    /** Attaches the viewer that became active while the controls were being made, if any. */
    protected void attachPendingViewer() {
        if (pendingViewer != null && isReady()) {
            attach(pendingViewer);
            pendingViewer = null;
        }
    }
}
