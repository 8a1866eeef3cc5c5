package org.fluorite.project.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.table.Table;
import org.fluorite.project.ColumnKind;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ValueType;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project configuration: the column editor, the change computed from it, and its effect on stored samples. */
class ConfigurationTest {

    @Test
    void changeBetweenConfigurationsAddsRemovesAndRefusesKindChanges() {
        ProjectConfiguration before = ProjectFixture.configuration();
        List<ProjectColumn> after = new ArrayList<>(before.columns());
        after.removeIf(c -> c.name().equals("dose"));
        after.add(ProjectColumn.custom("drug", ValueType.TEXT, "control"));
        after.add(ProjectColumn.roiType("region"));
        ConfigurationChange change = ConfigurationChange.between(before, after);
        assertEquals(List.of("drug", "region"), change.added().stream().map(ProjectColumn::name).toList());
        assertEquals(List.of("dose"), change.removed());
        assertTrue(ConfigurationChange.between(before, before.columns()).isEmpty());

        List<ProjectColumn> retyped = new ArrayList<>(before.columns());
        retyped.replaceAll(c -> c.name().equals("stage") ? ProjectColumn.custom("stage", ValueType.TEXT, null) : c);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfigurationChange.between(before, retyped));
        assertTrue(e.getMessage().contains("custom (int)"), e.getMessage());
        List<ProjectColumn> twice = new ArrayList<>(before.columns());
        twice.add(ProjectColumn.roiType("cell"));
        assertThrows(IllegalArgumentException.class, () -> ConfigurationChange.between(before, twice));
    }

    @Test
    void appliedChangeFillsExistingSamplesWithTheReplaceValue(@TempDir Path dir) throws Exception {
        try (Project p = ProjectFixture.create(dir.resolve("p"))) {
            List<ProjectColumn> after = new ArrayList<>(p.configuration().columns());
            after.removeIf(c -> c.name().equals("dose"));
            after.add(ProjectColumn.custom("drug", ValueType.TEXT, "control"));
            after.add(ProjectColumn.custom("age_days", ValueType.INTEGER, "30"));
            after.add(ProjectColumn.roiType("region"));
            ConfigurationChange change = ConfigurationChange.between(p.configuration(), after);
            for (String name : change.removed()) {
                p.removeColumn(name);
            }
            for (ProjectColumn c : change.added()) {
                p.addColumn(c);
            }
            Table t = p.table();
            assertTrue(t.column("dose").isEmpty());
            for (int r = 0; r < 6; r++) {
                assertEquals("control", t.require("drug").getText(r));
                assertEquals(30L, (long) t.require("age_days").getDouble(r));
                assertEquals("untagged", t.require("region").getText(r));
            }
            assertEquals(List.of("cell", "light", "promoter", "stage", "drug", "age_days", "region"),
                    p.configuration().columns().stream().map(ProjectColumn::name).toList());
        }
    }

    @Test
    void columnsEditorChecksEachColumn() {
        TestData.assumeDisplay();
        Shell shell = new Shell(Display.getDefault());
        try {
            ColumnsEditor editor = new ColumnsEditor(shell, ProjectConfiguration.EMPTY);
            assertNull(editor.add("anatomical_region", ColumnKind.ROI_TYPE, ValueType.INTEGER, "ignored"));
            assertNull(editor.add("light", ColumnKind.STIMULUS_TYPE, ValueType.TEXT, ""));
            assertNull(editor.add("stage", ColumnKind.CUSTOM, ValueType.INTEGER, "48"));
            assertTrue(editor.add("stage", ColumnKind.CUSTOM, ValueType.TEXT, null).contains("twice"));
            assertTrue(editor.add("SampleID", ColumnKind.CUSTOM, ValueType.TEXT, null).contains("fixed"));
            assertTrue(editor.add("bad/name", ColumnKind.CUSTOM, ValueType.TEXT, null).contains("letters"));
            assertTrue(editor.add("dose", ColumnKind.CUSTOM, ValueType.DECIMAL, "lots").contains("decimal"));
            List<ProjectColumn> cols = editor.columns();
            assertEquals(3, cols.size());
            assertEquals(ProjectColumn.roiType("anatomical_region"), cols.get(0), "ROI type columns hold text, no replace value");
            assertEquals(ProjectColumn.custom("stage", ValueType.INTEGER, 48L), cols.get(2));
            assertEquals(3, editor.table().getItemCount());
            assertEquals("Custom", editor.table().getItem(2).getText(1));
            assertEquals("whole number", editor.table().getItem(2).getText(2));
            editor.remove(1);
            assertEquals(List.of("anatomical_region", "stage"), editor.columns().stream().map(ProjectColumn::name).toList());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void newProjectLocationAndName(@TempDir Path dir) throws Exception {
        assertEquals("Give the project a name", NewProjectDialog.problem(dir.toString(), " "));
        assertTrue(NewProjectDialog.problem(dir.toString(), "a/b").contains("'/'"));
        assertTrue(NewProjectDialog.problem(dir.resolve("missing").toString(), "p").contains("is not a folder"));
        assertNull(NewProjectDialog.problem(dir.toString(), "p"));
        try (Project p = ProjectFixture.create(dir.resolve("p"))) {
            assertTrue(NewProjectDialog.problem(dir.toString(), "p").contains("holds a project already"));
            assertTrue(Files.isRegularFile(p.databaseFile()));
        }
    }
}
