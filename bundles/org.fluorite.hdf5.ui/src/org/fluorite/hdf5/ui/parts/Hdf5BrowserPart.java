package org.fluorite.hdf5.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.hdf5.ui.DatasetOpenJob;
import org.fluorite.hdf5.ui.Hdf5Browser;
import org.fluorite.io.hdf5.Hdf5Tree;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The workbench part around an {@link Hdf5Browser}: takes the file's tree from the part's
 * transient data and opens the datasets the user picks in background jobs, showing each through
 * the {@link FileOpener} (images in the viewer, tables in the table view).
 */
public class Hdf5BrowserPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.hdf5.ui.partdescriptor.browser";

    @Inject
    private IEventBroker broker;

    @Inject
    @Optional
    private FileOpener opener;

    private Hdf5Browser browser;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        parent.setLayout(new FillLayout());
        browser = new Hdf5Browser(parent, SWT.NONE);
        if (part.getTransientData().get(DataPresenter.DATA_KEY) instanceof Hdf5Tree tree) {
            browser.setTree(tree);
            browser.setOpenHandler(node -> {
                broker.post(UiTopics.STATUS, "Opening " + node.path() + " of " + tree.file().getFileName());
                new DatasetOpenJob(tree.file(), node, parent.getDisplay(), (data, label) -> {
                    if (opener == null || !opener.show(data, label, tree.file())) {
                        broker.post(UiTopics.STATUS, label + ": no view to show it in");
                    }
                }, message -> {
                    broker.post(UiTopics.STATUS, message);
                    if (!browser.isDisposed()) {
                        browser.setMessage(message);
                    }
                }).schedule();
            });
        }
    }

    @Focus
    public void focus() {
        if (browser != null && !browser.isDisposed()) {
            browser.tree().setFocus();
        }
    }

    /** The browser inside this part, for automation. */
    public Hdf5Browser browser() {
        return browser;
    }
}
