package org.fluorite.flow.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.flow.ui.FlowchartCommands;
import org.fluorite.io.FormatRegistry;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ProjectOptions;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The part made by e4 dependency injection as the workbench makes it: it finds the open project
 * in the context (by the project UI's key), saves into the project's flowcharts/ and shows the
 * file name in its tab.
 */
class FlowchartEditorPartTest {

    @Test
    void thePartFollowsTheOpenProjectAndNamesItsTab() throws Exception {
        TestData.assumeDisplay();
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        IEclipseContext context = EclipseContextFactory.create("flow-ui-test");
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setLabel("Flowchart");
        context.set(MPart.class, part);
        context.set(Composite.class, shell);
        context.set(NodeRegistry.class, new NodeRegistry());
        try {
            FlowchartEditorPart editorPart = ContextInjectionFactory.make(FlowchartEditorPart.class, context);
            assertNotNull(editorPart.editor());
            assertNull(editorPart.projectDirectory());
            assertNull(editorPart.editor().folder());
            Path dir = TestData.tempDir("flow-ui-part").resolve("proj");
            try (Project project = Project.create(dir, "p", ProjectConfiguration.EMPTY, ProjectOptions.of(new FormatRegistry()))) {
                context.set(FlowchartEditorPart.PROJECT_KEY, project);
                assertEquals(project.directory(), editorPart.projectDirectory());
                assertEquals(project.directory().resolve("flowcharts"), editorPart.editor().folder());
                Path[] offered = new Path[1];
                Path saved = new FlowchartCommands((save, folder, current) -> {
                    offered[0] = folder;
                    return folder.resolve("empty.json");
                }, (t, m) -> {
                    throw new AssertionError(m);
                }).save(editorPart.editor(), false);
                assertEquals(project.directory().resolve("flowcharts"), offered[0]);
                assertTrue(Files.readString(saved).contains("\"format\": \"fluorite-flowchart\""));
                editorPart.updateLabel();
                assertEquals("Flowchart: empty.json", part.getLabel());
            }
            ContextInjectionFactory.uninject(editorPart, context);
        } finally {
            context.dispose();
            shell.dispose();
        }
    }
}
