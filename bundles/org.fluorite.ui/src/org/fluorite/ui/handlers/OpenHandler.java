package org.fluorite.ui.handlers;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.ui.FileOpener;

import jakarta.inject.Named;

/** File &gt; Open: choose one or more files and open each in its viewer. */
public class OpenHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, FileOpener opener) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Open");
        dialog.setFilterNames(new String[] {"Images (*.tif, *.tiff, *.h5, *.hdf5)", "All files"});
        dialog.setFilterExtensions(new String[] {"*.tif;*.tiff;*.TIF;*.TIFF;*.btf;*.h5;*.hdf5;*.h5r", "*"});
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Paths.get(dialog.getFilterPath(), name));
        }
        opener.open(files);
    }
}
