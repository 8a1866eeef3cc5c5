package org.fluorite.project.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectService;
import org.fluorite.project.ui.ConfigurationChange;
import org.fluorite.project.ui.CurrentProject;
import org.fluorite.project.ui.NewProjectDialog;
import org.fluorite.project.ui.ProjectConfigurationDialog;
import org.fluorite.project.ui.ProjectTopics;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.UiTopics;

import jakarta.inject.Inject;

/**
 * New, open and configure projects from the menus and the welcome page: dialogs on the UI thread,
 * the store's work in background jobs, then the project becomes current ({@link CurrentProject})
 * and the browser shows it.
 */
@Creatable
public class ProjectActions {

    @Inject
    private ProjectService service;
    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private UISynchronize sync;
    @Inject
    private IEventBroker broker;

    /** Asks for a location, name and columns, then creates and opens the project. */
    public void newProject(Shell shell) {
        Project current = CurrentProject.get(application.getContext());
        NewProjectDialog d = new NewProjectDialog(shell, current == null ? null : current.directory().getParent());
        if (d.open() != Window.OK) {
            return;
        }
        NewProjectDialog.Choice c = d.choice();
        background(shell, "Creating project " + c.name(), () -> service.create(c.directory(), c.name(), c.configuration()),
                this::opened);
    }

    /** Asks for a project folder and opens it. */
    public void chooseAndOpen(Shell shell) {
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setText("Open project");
        d.setMessage("Choose a project folder (it holds " + Project.DATABASE + ")");
        String chosen = d.open();
        if (chosen != null) {
            open(shell, Path.of(chosen));
        }
    }

    /** Opens the project in {@code dir}. */
    public void open(Shell shell, Path dir) {
        if (!Project.isProject(dir)) {
            MessageDialog.openError(shell, "Open project", dir + " holds no Fluorite project (no " + Project.DATABASE + ")");
            return;
        }
        background(shell, "Opening project " + dir.getFileName(), () -> service.open(dir), this::opened);
    }

    private void opened(Project p) {
        CurrentProject.set(application.getContext(), p);
        showBrowser();
        broker.post(UiTopics.STATUS, "Project " + p.directory() + " is open");
    }

    /** Changes the current project's columns (existing samples get the replace values). */
    public void configure(Shell shell) {
        Project p = CurrentProject.get(application.getContext());
        if (p == null) {
            MessageDialog.openInformation(shell, "Project configuration", "Open or create a project first (File > Open Project...).");
            return;
        }
        ProjectConfigurationDialog d = new ProjectConfigurationDialog(shell, p.directory().getFileName().toString(), p.configuration());
        if (d.open() != Window.OK || d.change().isEmpty()) {
            return;
        }
        ConfigurationChange change = d.change();
        if (!change.removed().isEmpty() && !MessageDialog.openConfirm(shell, "Remove columns",
                "Remove " + String.join(", ", change.removed()) + " and their values from every sample?")) {
            return;
        }
        background(shell, "Changing the configuration of " + p.directory().getFileName(), () -> {
            for (String name : change.removed()) {
                p.removeColumn(name);
            }
            for (ProjectColumn c : change.added()) {
                p.addColumn(c);
            }
            return p;
        }, done -> {
            broker.post(ProjectTopics.CHANGED, p.directory().toString());
            broker.post(UiTopics.STATUS, "Configuration of " + p.directory().getFileName() + " changed: "
                    + change.added().size() + " column(s) added, " + change.removed().size() + " removed");
        });
    }

    /** Shows the project browser in the viewers' stack (creating it the first time). */
    public void showBrowser() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.findPart(ProjectBrowserPart.DESCRIPTOR_ID);
        if (part == null) {
            part = parts.createPart(ProjectBrowserPart.DESCRIPTOR_ID);
            if (part == null) {
                return;
            }
            if (models.find(FileOpener.VIEWER_STACK_ID, window) instanceof MPartStack stack) {
                stack.getChildren().add(part);
            }
        }
        parts.showPart(part, PartState.ACTIVATE);
    }

    private <T> void background(Shell shell, String title, Callable<T> work, Consumer<T> done) {
        Job job = Job.create(title, monitor -> {
            try {
                T result = work.call();
                sync.asyncExec(() -> done.accept(result));
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                broker.post(UiTopics.STATUS, title + " failed: " + message);
                sync.asyncExec(() -> MessageDialog.openError(shell, title + " failed", message));
            } catch (Exception e) {
                broker.post(UiTopics.STATUS, title + " failed: " + e);
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
