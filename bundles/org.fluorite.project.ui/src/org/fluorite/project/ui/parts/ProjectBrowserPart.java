package org.fluorite.project.ui.parts;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.project.Project;
import org.fluorite.project.SampleId;
import org.fluorite.project.ui.CurrentProject;
import org.fluorite.project.ui.ProjectTopics;
import org.fluorite.project.ui.browser.BrowserModel;
import org.fluorite.project.ui.browser.ProjectBrowser;
import org.fluorite.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "Project Browser" part: a {@link ProjectBrowser} over the current project, read again when
 * the project changes; double-clicking a row opens its sample in a viewer.
 */
public class ProjectBrowserPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.project.ui.partdescriptor.browser";

    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize sync;
    @Inject
    private SampleOpener sampleOpener;
    @Inject
    private MPart part;

    private ProjectBrowser browser;
    private Project project;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        browser = new ProjectBrowser(parent, null);
        browser.setTasks(new JobBrowserTasks(sync));
        browser.setStatusListener(s -> broker.post(UiTopics.STATUS, s));
        browser.setOpenListener(id -> {
            if (project != null) {
                sampleOpener.open(project, SampleId.parse(id));
            }
        });
        load();
    }

    /** Follows the current project. */
    @Inject
    public void projectChanged(@Optional @Named(CurrentProject.KEY) Project current) {
        if (current != project) {
            project = current;
            if (browser != null) {
                load();
            }
        }
    }

    /** Reads the project again when its samples or columns changed. */
    @Inject
    @Optional
    public void contentChanged(@UIEventTopic(ProjectTopics.CHANGED) Object projectDir) {
        if (browser != null && project != null && project.directory().toString().equals(String.valueOf(projectDir))) {
            load();
        }
    }

    private void load() {
        Project p = project;
        if (p == null) {
            browser.setModel(null);
            part.setLabel("Project Browser");
            return;
        }
        browser.setDialogs(new SwtBrowserDialogs(browser.getShell(), p.directory().resolve("exports")));
        part.setLabel("Project: " + p.directory().getFileName());
        Job job = Job.create("Reading project " + p.directory().getFileName(), monitor -> {
            try {
                BrowserModel m = BrowserModel.load(p);
                sync.asyncExec(() -> {
                    if (!browser.isDisposed() && p == project) {
                        browser.setModel(m);
                    }
                });
            } catch (Exception e) {
                broker.post(UiTopics.STATUS, p.directory() + ": cannot read the project table: " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    @Focus
    public void focus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    /** The browser inside this part, for automation. */
    public ProjectBrowser browser() {
        return browser;
    }
}
