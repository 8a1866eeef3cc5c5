package org.fluorite.ui.handlers;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.ui.FileOpener;

import jakarta.inject.Named;

/** File &gt; Open With Options: choose files, then the axis order and metadata file to read them with. */
public class OpenWithOptionsHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, FileOpener opener) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Open with options");
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Paths.get(dialog.getFilterPath(), name));
        }
        OpenOptionsDialog options = new OpenOptionsDialog(shell);
        if (options.open() == Window.OK) {
            opener.open(files, options.options());
        }
    }
}
