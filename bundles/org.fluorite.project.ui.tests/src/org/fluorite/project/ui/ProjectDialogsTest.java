package org.fluorite.project.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.project.ColumnKind;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.ValueType;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The New Project and Project Configuration dialogs, driven as a user would, ending in real projects. */
class ProjectDialogsTest {

    @Test
    void newProjectDialogMakesTheProjectItDescribes(@TempDir Path dir) throws Exception {
        TestData.assumeDisplay();
        Shell shell = new Shell(Display.getDefault());
        try {
            NewProjectDialog d = new NewProjectDialog(shell, dir);
            d.setBlockOnOpen(false);
            d.open();
            assertFalse(d.canFinish(), "no name yet");
            assertEquals("Give the project a name", d.getErrorMessage());
            d.nameField().setText("zebrafish_2p");
            assertTrue(d.canFinish());
            assertNull(d.columnsEditor().add("anatomical_region", ColumnKind.ROI_TYPE, ValueType.TEXT, null));
            assertNull(d.columnsEditor().add("light", ColumnKind.STIMULUS_TYPE, ValueType.TEXT, null));
            assertNull(d.columnsEditor().add("stage", ColumnKind.CUSTOM, ValueType.INTEGER, "48"));
            Screens.capture(d.getShell(), "new-project-dialog");
            d.finish();
            NewProjectDialog.Choice c = d.choice();
            assertEquals(dir.resolve("zebrafish_2p"), c.directory());
            try (Project p = Project.create(c.directory(), c.name(), c.configuration(), new ProjectOptions(null, 0))) {
                assertEquals("zebrafish_2p", p.name());
                assertEquals(List.of("anatomical_region"), p.configuration().roiTypes());
                assertEquals(List.of("light"), p.configuration().stimulusTypes());
                assertEquals(48L, p.configuration().column("stage").orElseThrow().replaceValue());
            }
        } finally {
            shell.dispose();
        }
    }

    @Test
    void configurationDialogReportsTheChange(@TempDir Path dir) throws Exception {
        TestData.assumeDisplay();
        Shell shell = new Shell(Display.getDefault());
        try (Project p = ProjectFixture.create(dir.resolve("p"))) {
            ProjectConfigurationDialog d = new ProjectConfigurationDialog(shell, "p", p.configuration());
            d.setBlockOnOpen(false);
            d.open();
            assertEquals(5, d.columnsEditor().table().getItemCount(), "cell, light, promoter, stage, dose");
            d.columnsEditor().remove(4);
            assertNull(d.columnsEditor().add("drug", ColumnKind.CUSTOM, ValueType.TEXT, "control"));
            Screens.capture(d.getShell(), "project-configuration-dialog");
            d.finish();
            ConfigurationChange change = d.change();
            assertEquals(List.of("dose"), change.removed());
            assertEquals(List.of(ProjectColumn.custom("drug", ValueType.TEXT, "control")), change.added());
        } finally {
            shell.dispose();
        }
    }
}
