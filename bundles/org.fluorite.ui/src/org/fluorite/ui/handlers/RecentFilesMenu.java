package org.fluorite.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.fluorite.ui.FileOpener;

/** File &gt; Open Recent: one entry per recently opened file. */
public class RecentFilesMenu {

    /** Transient-data key holding the entry's path. */
    static final String PATH_KEY = "fluorite.recent.path";

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, EModelService modelService, FileOpener opener) {
        List<Path> recent = opener.recentFiles().list();
        int n = 1;
        for (Path file : recent) {
            MDirectMenuItem item = modelService.createModelElement(MDirectMenuItem.class);
            item.setElementId("org.fluorite.ui.menuitem.recent." + n);
            item.setLabel("&" + n + " " + file.getFileName() + "  [" + file.getParent() + "]");
            item.setTooltip(file.toString());
            item.getTransientData().put(PATH_KEY, file);
            item.setContributionURI("bundleclass://org.fluorite.ui/org.fluorite.ui.handlers.OpenRecentItem");
            items.add(item);
            n++;
        }
        if (recent.isEmpty()) {
            MDirectMenuItem none = modelService.createModelElement(MDirectMenuItem.class);
            none.setLabel("(no recent files)");
            none.setEnabled(false);
            none.setContributionURI("bundleclass://org.fluorite.ui/org.fluorite.ui.handlers.OpenRecentItem");
            items.add(none);
        }
    }
}
