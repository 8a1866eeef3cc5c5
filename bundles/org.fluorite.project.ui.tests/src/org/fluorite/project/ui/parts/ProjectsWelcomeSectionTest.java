package org.fluorite.project.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.project.DefaultProjectService;
import org.fluorite.project.Project;
import org.fluorite.project.RecentProjects;
import org.fluorite.project.ui.CurrentProject;
import org.fluorite.project.ui.ProjectFixture;
import org.fluorite.project.ui.Screens;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome page's Projects section with a real project service, recent list and project files. */
class ProjectsWelcomeSectionTest {

    @Test
    void listsRecentProjectsAndTheCurrentProjectsFlowchartsAndPlots(@TempDir Path dir) throws Exception {
        TestData.assumeDisplay();
        RecentProjects recent = new RecentProjects(dir.resolve("recent-projects"), 20);
        DefaultProjectService service = new DefaultProjectService(ProjectFixture.registry(), recent);
        ProjectFixture.create(dir.resolve("older")).close();
        service.open(dir.resolve("older"));
        service.close(dir.resolve("older"));
        Project p = service.create(dir.resolve("zebrafish"), "zebrafish", ProjectFixture.configuration());
        Files.writeString(p.directory().resolve("flowcharts/dff_by_cell.fc"), "{}");
        Files.writeString(p.directory().resolve("flowcharts/peaks.fc"), "{}");
        Files.writeString(p.directory().resolve("plots/heatmap.plot"), "{}");
        Files.writeString(p.directory().resolve("plots/.hidden"), "");
        assertEquals(List.of(dir.resolve("zebrafish"), dir.resolve("older")), service.recentProjects());

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        IEclipseContext context = EclipseContextFactory.create("welcome test");
        try {
            shell.setText("Fluorite welcome: Projects");
            shell.setLayout(new GridLayout(1, false));
            shell.setBounds(0, 0, 700, 560);
            Label heading = new Label(shell, SWT.NONE);
            heading.setText("Projects:");
            Composite body = new Composite(shell, SWT.NONE);
            body.setLayout(new GridLayout(1, false));
            body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            ProjectsWelcomeSection section = new ProjectsWelcomeSection(service);
            assertEquals("fluorite.projects", section.id());
            section.create(body, context);
            shell.open();
            assertTrue(Screens.spinUntil(display, () -> texts(body).contains("Open project...") , 5000));
            List<String> before = texts(body);
            assertTrue(before.contains("New project..."), before.toString());
            assertTrue(before.contains("  <a>zebrafish</a>   " + dir), before.toString());
            assertTrue(before.contains("  <a>older</a>   " + dir), before.toString());
            assertTrue(before.indexOf("  <a>zebrafish</a>   " + dir) < before.indexOf("  <a>older</a>   " + dir), "newest first");
            assertFalse(before.stream().anyMatch(s -> s.startsWith("Open project:")), "no current project yet");

            CurrentProject.set(context, p);
            assertTrue(Screens.spinUntil(display, () -> texts(body).stream().anyMatch(s -> s.startsWith("Open project: zebrafish")), 5000));
            List<String> after = texts(body);
            int flow = after.indexOf("Flowcharts (2):");
            int plots = after.indexOf("Plots (1):");
            assertTrue(flow > 0 && plots > flow, after.toString());
            assertEquals(List.of("  <a>dff_by_cell.fc</a>", "  <a>peaks.fc</a>"), after.subList(flow + 1, flow + 3));
            assertEquals("  <a>heatmap.plot</a>", after.get(plots + 1));
            assertFalse(after.stream().anyMatch(s -> s.contains(".hidden")));
            ImageData shot = Screens.capture(shell, "welcome-projects");
            assertTrue(Screens.distinctPixels(shot) > 10, "the section draws its buttons and links");

            CurrentProject.set(context, null);
            assertTrue(Screens.spinUntil(display, () -> texts(body).stream().noneMatch(s -> s.startsWith("Open project:")), 5000));
        } finally {
            shell.dispose();
            context.dispose();
            service.closeAll();
        }
    }

    /** Texts of buttons, labels and links under {@code c}, depth first. */
    static List<String> texts(Composite c) {
        List<String> out = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (child instanceof Button b) {
                out.add(b.getText());
            } else if (child instanceof Label l) {
                out.add(l.getText());
            } else if (child instanceof Link l) {
                out.add(l.getText());
            } else if (child instanceof Composite inner) {
                out.addAll(texts(inner));
            }
        }
        return out;
    }
}
