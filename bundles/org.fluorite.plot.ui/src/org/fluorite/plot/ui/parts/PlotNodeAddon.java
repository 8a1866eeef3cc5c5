package org.fluorite.plot.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.fluorite.flow.nodes.plot.PlotShown;

import jakarta.inject.Inject;

/**
 * Shows the plots of flowchart plot nodes: one plot part per node, opened on its first run and
 * refreshed on every later run.
 */
public class PlotNodeAddon {

    /** Transient-data key of a plot part holding the name of the node it shows. */
    public static final String NODE_KEY = "fluorite.plot.node";

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    @Inject
    @Optional
    public void plotShown(@UIEventTopic(PlotShown.TOPIC) PlotShown shown) {
        if (shown == null) {
            return;
        }
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        for (MPart p : models.findElements(application, PlotPart.DESCRIPTOR_ID, MPart.class, null)) {
            if (shown.nodeName().equals(p.getTransientData().get(NODE_KEY)) && p.getObject() instanceof PlotPart plot) {
                plot.showDocument(shown.plot());
                parts.showPart(p, PartState.VISIBLE);
                return;
            }
        }
        MPart part = parts.createPart(PlotPart.DESCRIPTOR_ID);
        if (part == null) {
            return;
        }
        part.setLabel("Plot: " + shown.nodeName());
        part.getTransientData().put(NODE_KEY, shown.nodeName());
        part.getTransientData().put(PlotPart.DOCUMENT_KEY, shown.plot());
        parts.showPart(part, PartState.ACTIVATE);
    }
}
