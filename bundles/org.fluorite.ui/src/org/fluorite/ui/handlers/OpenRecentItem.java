package org.fluorite.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.fluorite.ui.FileOpener;

/** One entry of File &gt; Open Recent. */
public class OpenRecentItem {

    @CanExecute
    public boolean canExecute(MItem item) {
        return item.getTransientData().get(RecentFilesMenu.PATH_KEY) instanceof Path;
    }

    @Execute
    public void execute(MItem item, FileOpener opener) {
        if (item.getTransientData().get(RecentFilesMenu.PATH_KEY) instanceof Path file) {
            opener.open(List.of(file));
        }
    }
}
