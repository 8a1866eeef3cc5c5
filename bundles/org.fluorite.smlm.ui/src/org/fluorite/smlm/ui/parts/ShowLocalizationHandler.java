package org.fluorite.smlm.ui.parts;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fluorite.ui.ToolParts;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerPart;

import jakarta.inject.Named;

/**
 * Process &gt; Localize...: shows the Localization part for the image stack in the active viewer.
 */
public class ShowLocalizationHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ImageViewer v = ViewerPart.viewerOf(part);
        return v != null && v.getImage() != null;
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, EPartService parts, EModelService models,
            MApplication application) {
        ImageViewer viewer = ViewerPart.viewerOf(active);
        MPart part = ToolParts.show(parts, models, application, LocalizationPart.DESCRIPTOR_ID);
        if (part != null && part.getObject() instanceof LocalizationPart lp && viewer != null && lp.panel() != null
                && lp.panel().viewer() != viewer) {
            lp.panel().attach(viewer);
        }
    }
}
