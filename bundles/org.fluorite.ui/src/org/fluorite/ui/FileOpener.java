package org.fluorite.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.DataObject;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Opens files in the workbench: reads each in a cancellable background job through the
 * {@link FormatRegistry}, then hands every data object to the best {@link DataPresenter}, which
 * names the part that shows it. A file that cannot be read gives an error dialog naming the file
 * and the problem; the workbench carries on.
 */
@Creatable
@Singleton
public class FileOpener {

    /** The stack new viewers open in. */
    public static final String VIEWER_STACK_ID = "org.fluorite.ui.partstack.viewers";

    @Inject
    private FormatRegistry registry;
    @Inject
    private UISynchronize sync;
    @Inject
    private MApplication application;
    @Inject
    private EModelService modelService;
    @Inject
    private IEventBroker broker;

    private final RecentFiles recent = RecentFiles.inSettingsFolder();

    public RecentFiles recentFiles() {
        return recent;
    }

    /** Opens each file in its own background job. Returns at once. */
    public void open(Collection<Path> files) {
        open(files, ImportOptions.NONE);
    }

    /** Opens each file with the given reading options (axis order, metadata file) in a background job. */
    public void open(Collection<Path> files, ImportOptions options) {
        for (Path file : files) {
            Job job = Job.create("Opening " + file.getFileName(), monitor -> {
                try {
                    ImportResult result = registry.open(file, options, JobMonitors.adapt(monitor));
                    recordRecent(file);
                    sync.asyncExec(() -> present(file, result));
                    return Status.OK_STATUS;
                } catch (CancelledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    sync.asyncExec(() -> showError(file, e));
                    return Status.OK_STATUS;
                }
            });
            job.setUser(true);
            job.schedule();
        }
    }

    private void recordRecent(Path file) {
        try {
            recent.add(file);
        } catch (IOException e) {
            broker.post(UiTopics.STATUS, "Could not update the recent files list: " + e.getMessage());
        }
    }

    private void showError(Path file, Exception e) {
        String message = e.getMessage() != null && e.getMessage().contains(file.toString()) ? e.getMessage()
                : file + ": " + e.getMessage();
        broker.post(UiTopics.STATUS, message);
        broker.post(UiTopics.OPEN_FAILED, message);
        Shell shell = activeShell();
        if (shell != null) {
            MessageDialog.openError(shell, "Cannot open " + file.getFileName(), message);
        }
    }

    private Shell activeShell() {
        Display display = Display.getCurrent();
        if (display == null) {
            return null;
        }
        Shell shell = display.getActiveShell();
        if (shell == null && !application.getChildren().isEmpty()
                && application.getChildren().get(0).getWidget() instanceof Shell main) {
            shell = main;
        }
        return shell;
    }

    /** Shows the data of an opened file, one part per data object. Runs on the UI thread. */
    void present(Path file, ImportResult result) {
        List<DataObject> data = result.data();
        if (!data.isEmpty() && presenterFor(data.get(0)).map(DataPresenter::showsWholeFile).orElse(false)) {
            data = List.of(data.get(0));
        }
        int shown = 0;
        List<String> kinds = new ArrayList<>();
        for (DataObject item : data) {
            String label = file.getFileName().toString();
            if (data.size() > 1) {
                label += " [" + item.name() + "]";
            }
            if (show(item, label, file)) {
                shown++;
                kinds.add(item.kind());
            }
        }
        List<String> notes = new ArrayList<>();
        for (Message m : result.messages()) {
            if (m.severity() != Message.Severity.INFO) {
                notes.add(m.text());
            }
        }
        broker.post(UiTopics.OPENED, java.util.Map.of("file", file.toString(), "kinds", List.copyOf(kinds)));
        broker.post(UiTopics.STATUS, notes.isEmpty() ? "Opened " + file + " (" + shown + " view" + (shown == 1 ? ")" : "s)")
                : file.getFileName() + ": " + String.join("; ", notes));
    }

    /**
     * Shows one data object in a new part of the viewer stack, e.g. a result computed in the
     * workbench. Runs on the UI thread.
     *
     * @param source the file the data came from, or null for computed data
     * @return false when no installed view accepts the data (the status line says so)
     */
    public boolean show(DataObject item, String label, Path source) {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        Optional<DataPresenter> presenter = presenterFor(item);
        if (presenter.isEmpty()) {
            broker.post(UiTopics.STATUS, label + ": no view installed for " + item.kind() + " data");
            return false;
        }
        MPart part = parts.createPart(presenter.get().partDescriptorId());
        if (part == null) {
            broker.post(UiTopics.STATUS, "Part " + presenter.get().partDescriptorId() + " is not installed");
            return false;
        }
        part.setLabel(label);
        part.setTooltip(source == null ? label : source.toString());
        part.getTransientData().put(DataPresenter.DATA_KEY, item);
        if (source != null) {
            part.getTransientData().put(DataPresenter.SOURCE_KEY, source);
        }
        MPartStack stack = (MPartStack) modelService.find(VIEWER_STACK_ID, window);
        if (stack != null) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return true;
    }

    private Optional<DataPresenter> presenterFor(DataObject item) {
        BundleContext ctx = FrameworkUtil.getBundle(FileOpener.class).getBundleContext();
        if (ctx == null) {
            return Optional.empty();
        }
        List<DataPresenter> candidates = new ArrayList<>();
        try {
            for (ServiceReference<DataPresenter> ref : ctx.getServiceReferences(DataPresenter.class, null)) {
                DataPresenter p = ctx.getService(ref);
                if (p != null) {
                    try {
                        if (p.canPresent(item)) {
                            candidates.add(p);
                        }
                    } catch (RuntimeException e) {
                        broker.post(UiTopics.STATUS, "View " + p.id() + " failed: " + e);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return candidates.stream().max(Comparator.comparingInt(DataPresenter::priority));
    }

}
