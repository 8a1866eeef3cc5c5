package org.fluorite.smlm.ui.parts;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.smlm.ui.LocalizationPanel;
import org.fluorite.smlm.ui.LocalizationRun;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.JobMonitors;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerToolPart;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The "Localization" part in the tool stack (Process &gt; Localize...): a {@link LocalizationPanel}
 * on the most recently active viewer. Go runs every frame of the channel (and Z plane) the viewer
 * shows as a cancellable background job with progress, says which channel in the status line, then opens the rendered image in a viewer and the localization table (after
 * filtering, drift correction and merging) in the table view.
 */
public class LocalizationPart extends ViewerToolPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.smlm.ui.partdescriptor.localize";

    @Inject
    private IEventBroker broker;

    @Inject
    private UISynchronize sync;

    @Inject
    private FileOpener opener;

    private LocalizationPanel panel;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        panel = new LocalizationPanel(parent);
        panel.setGoHandler(this::schedule);
        attachPendingViewer();
    }

    private void schedule(LocalizationRun run) {
        String name = run.title();
        int threads = Runtime.getRuntime().availableProcessors();
        Job job = Job.create("Localizing " + name, monitor -> {
            try {
                LocalizationRun.Output out = run.run(threads, panel.progressMonitor(JobMonitors.adapt(monitor)));
                String summary = run.summary(out);
                sync.asyncExec(() -> {
                    opener.show(out.rendered(), name + " (rendered)", null);
                    opener.show(out.processed(), name + " localizations", null);
                    broker.post(UiTopics.STATUS, summary);
                });
                panel.showStatus(summary);
                return Status.OK_STATUS;
            } catch (CancelledException e) {
                panel.showStatus(name + ": localization cancelled");
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                String message = name + ": localization failed: " + e.getMessage();
                panel.showStatus(message);
                broker.post(UiTopics.STATUS, message);
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }

    @Override
    protected boolean isReady() {
        return panel != null && !panel.isDisposed();
    }

    @Override
    protected ImageViewer attachedViewer() {
        return panel.viewer();
    }

    @Override
    protected void attach(ImageViewer viewer) {
        panel.attach(viewer);
    }

    @Focus
    public void focus() {
        if (panel != null && !panel.isDisposed()) {
            panel.setFocus();
        }
    }

    /** The panel inside this part, for automation. */
    public LocalizationPanel panel() {
        return panel;
    }
}
