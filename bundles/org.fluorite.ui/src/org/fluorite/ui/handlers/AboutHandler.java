package org.fluorite.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.Importer;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Help &gt; About: version, Java runtime and the installed file formats. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, FormatRegistry registry) {
        StringBuilder text = new StringBuilder();
        text.append("Fluorite ").append(FrameworkUtil.getBundle(AboutHandler.class).getVersion()).append('\n');
        text.append("Fluorescence-microscopy analysis workbench\n\n");
        text.append("Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor"))
                .append(")\n\nFile formats:\n");
        for (Importer importer : registry.importers()) {
            text.append("  ").append(importer.name()).append(" (").append(importer.id()).append(")\n");
        }
        for (String problem : registry.problems()) {
            text.append("\nProblem: ").append(problem);
        }
        MessageDialog.openInformation(shell, "About Fluorite", text.toString());
    }
}
