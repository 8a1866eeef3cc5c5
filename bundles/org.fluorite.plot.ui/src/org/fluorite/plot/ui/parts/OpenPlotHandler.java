package org.fluorite.plot.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.plot.PlotDocument;
import org.fluorite.project.Project;
import org.fluorite.project.ui.CurrentProject;

import jakarta.inject.Named;

/** Process > Open Plot...: opens a saved plot ({@code .plot.json}) from the current project's {@code plots/}. */
public class OpenPlotHandler {

    @Execute
    public void execute(Shell shell, EPartService parts, @Optional @Named(CurrentProject.KEY) Project project) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Plot");
        dialog.setFilterExtensions(new String[] {"*" + PlotDocument.EXTENSION});
        if (project != null) {
            dialog.setFilterPath(PlotDocument.plotsFolder(project.directory()).toString());
        }
        String f = dialog.open();
        if (f == null) {
            return;
        }
        try {
            PlotDocument doc = PlotDocument.load(Path.of(f));
            MPart part = parts.createPart(PlotPart.DESCRIPTOR_ID);
            part.setLabel(Path.of(f).getFileName().toString());
            part.getTransientData().put(PlotPart.DOCUMENT_KEY, doc);
            parts.showPart(part, PartState.ACTIVATE);
        } catch (IOException e) {
            MessageDialog.openError(shell, "Open Plot", e.getMessage());
        }
    }
}
