package org.fluorite.project.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectService;
import org.fluorite.project.ui.CurrentProject;
import org.fluorite.project.ui.ProjectFiles;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.WelcomeSection;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The "Projects" block of the welcome page: New project..., Open project..., the recent projects,
 * and for the current project its flowcharts/ and plots/ files (opened through the workbench's
 * {@link FileOpener} by whichever view is installed for them).
 */
@Component(service = WelcomeSection.class)
public class ProjectsWelcomeSection implements WelcomeSection {

    private ProjectService service;

    public ProjectsWelcomeSection() {
    }

    /** Outside OSGi (tests). */
    public ProjectsWelcomeSection(ProjectService service) {
        this.service = service;
    }

    @Reference
    public void setProjectService(ProjectService projectService) {
        this.service = projectService;
    }

    @Override
    public String id() {
        return "fluorite.projects";
    }

    @Override
    public String title() {
        return "Projects";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void create(Composite parent, IEclipseContext context) {
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        Button create = new Button(buttons, SWT.PUSH);
        create.setText("New project...");
        create.addListener(SWT.Selection, e -> actions(context).newProject(parent.getShell()));
        Button open = new Button(buttons, SWT.PUSH);
        open.setText("Open project...");
        open.addListener(SWT.Selection, e -> actions(context).chooseAndOpen(parent.getShell()));
        new Label(parent, SWT.NONE).setText("Recent projects:");
        List<Path> recent = recent();
        if (recent.isEmpty()) {
            new Label(parent, SWT.NONE).setText("  (none yet)");
        }
        for (Path dir : recent) {
            Link link = new Link(parent, SWT.NONE);
            link.setText("  <a>" + dir.getFileName() + "</a>   " + dir.getParent());
            link.addListener(SWT.Selection, e -> actions(context).open(parent.getShell(), dir));
        }
        Composite current = new Composite(parent, SWT.NONE);
        current.setLayout(new GridLayout(1, false));
        current.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        context.runAndTrack(new RunAndTrack() {
            @Override
            public boolean changed(IEclipseContext c) {
                if (current.isDisposed()) {
                    return false;
                }
                Project p = CurrentProject.get(c);
                current.getDisplay().asyncExec(() -> showCurrent(current, p, context));
                return true;
            }
        });
    }

    private List<Path> recent() {
        if (service == null) {
            return List.of();
        }
        try {
            return service.recentProjects();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Lists the current project's flowcharts and plots in {@code box}. */
    static void showCurrent(Composite box, Project p, IEclipseContext context) {
        if (box.isDisposed()) {
            return;
        }
        for (Control c : box.getChildren()) {
            c.dispose();
        }
        if (p != null) {
            Label title = new Label(box, SWT.NONE);
            title.setText("Open project: " + p.directory().getFileName() + "   (" + p.directory() + ")");
            Link browse = new Link(box, SWT.NONE);
            browse.setText("  <a>Project browser</a>");
            browse.addListener(SWT.Selection, e -> actions(context).showBrowser());
            for (String folder : List.of("flowcharts", "plots")) {
                listFolder(box, p.directory(), folder, context);
            }
        }
        box.getParent().layout(true, true);
        box.getShell().layout(true, true);
    }

    private static void listFolder(Composite box, Path dir, String folder, IEclipseContext context) {
        List<Path> files;
        try {
            files = ProjectFiles.list(dir, folder);
        } catch (IOException e) {
            new Label(box, SWT.NONE).setText("  " + folder + "/: cannot be listed (" + e.getMessage() + ")");
            return;
        }
        new Label(box, SWT.NONE).setText(Character.toUpperCase(folder.charAt(0)) + folder.substring(1) + " ("
                + files.size() + "):");
        if (files.isEmpty()) {
            new Label(box, SWT.NONE).setText("  (none in " + folder + "/)");
        }
        for (Path f : files) {
            Link link = new Link(box, SWT.NONE);
            link.setText("  <a>" + f.getFileName() + "</a>");
            link.setToolTipText(f.toString());
            link.addListener(SWT.Selection, e -> ContextInjectionFactory.make(FileOpener.class, context).open(List.of(f)));
        }
    }

    private static ProjectActions actions(IEclipseContext context) {
        return ContextInjectionFactory.make(ProjectActions.class, context);
    }
}
