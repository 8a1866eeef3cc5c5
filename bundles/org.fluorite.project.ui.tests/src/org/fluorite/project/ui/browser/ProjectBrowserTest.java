package org.fluorite.project.ui.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.project.Project;
import org.fluorite.project.SampleId;
import org.fluorite.project.filter.FilterExpression;
import org.fluorite.project.ui.ProjectFixture;
import org.fluorite.project.ui.Screens;
import org.fluorite.project.ui.browser.BrowserModel.ApplyMode;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser widget on a real SWT display (DISPLAY) over a real SQLite project. */
class ProjectBrowserTest {

    /** Answers the browser's questions and records its errors. */
    static final class Answers implements BrowserDialogs {
        String tabName;
        SetValueRequest setValue;
        List<String> offeredColumns;
        Path csv;
        final List<String> errors = new ArrayList<>();

        @Override
        public String askTabName(String suggestion) {
            return tabName;
        }

        @Override
        public SetValueRequest askSetValue(List<String> settableColumns, int rowCount) {
            offeredColumns = settableColumns;
            return setValue;
        }

        @Override
        public Path askCsvFile(String suggestedName) {
            return csv;
        }

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }
    }

    @TempDir
    Path dir;
    Project project;
    Display display;
    Shell shell;
    ProjectBrowser browser;
    final Answers answers = new Answers();
    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        TestData.assumeDisplay();
        project = ProjectFixture.create(dir.resolve("p"));
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Fluorite project browser test");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1500, 820);
        browser = new ProjectBrowser(shell, answers);
        browser.setOpenListener(opened::add);
        browser.setModel(BrowserModel.load(project));
        shell.open();
        Screens.settle(display);
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            shell.dispose();
        }
        if (project != null) {
            project.close();
        }
    }

    @Test
    void showsTheProjectTableWithUniqueValuesAndFiltersIntoANamedTab() throws Exception {
        NatTable table = browser.natTable();
        assertEquals(1 + 6, table.getRowCount(), "column header + one row per ROI");
        assertEquals(1 + 15, table.getPreferredColumnCount(), "row header + 15 columns");
        assertEquals("SampleID", table.getDataValueByPosition(1, 0));
        assertEquals("ROI_name", table.getDataValueByPosition(7, 0));
        assertEquals("fissa_b-_-A01", table.getDataValueByPosition(1, 1));
        assertEquals("fissa_c-_-A03", table.getDataValueByPosition(1, 6));
        assertEquals("dendrite", table.getDataValueByPosition(9, 2));
        assertEquals("", browser.cellText("dose", 2), "A02 has no dose: an empty cell, not NaN");
        assertEquals("0.5", browser.cellText("dose", 0));
        assertEquals("60", browser.cellText("stage", 3));
        assertEquals(List.of("root"), tabNames());
        assertEquals("root: 6 of 6 rows", browser.statusText());

        assertArrayEquals(new String[] {"cng_ch4", "pc2"}, browser.valueList("promoter").getItems());
        assertArrayEquals(new String[] {"48", "60", "72"}, browser.valueList("stage").getItems());
        assertArrayEquals(new String[] {"dendrite", "soma"}, browser.valueList("cell").getItems());
        assertArrayEquals(new String[] {"0.5", "1.25", "NaN"}, browser.valueList("dose").getItems());

        ImageData root = Screens.capture(shell, "project-browser-root");
        assertTrue(Screens.distinctPixels(root) > 20, "the browser draws a table, lists and buttons");

        // clicking values fills the filter; the modifier menu changes its kind
        browser.valueList("promoter").setSelection(1);
        browser.valueList("promoter").notifyListeners(SWT.Selection, new Event());
        assertEquals("pc2", browser.filterText("promoter").getText());
        assertEquals(FilterExpression.Mode.values().length, browser.modifierMenu("promoter").getItemCount());
        browser.setModifier("promoter", FilterExpression.Mode.EQUALS);
        assertEquals("$STR=:pc2", browser.filterText("promoter").getText());
        browser.valueList("stage").setSelection(new int[] {0, 2});
        browser.valueList("stage").notifyListeners(SWT.Selection, new Event());
        assertEquals("48|72", browser.filterText("stage").getText());
        browser.filterText("stage").setText("");

        answers.tabName = "pc2 exact";
        browser.apply(ApplyMode.DEFAULT);
        assertEquals(List.of(), answers.errors);
        assertEquals(List.of("root", "pc2 exact"), tabNames());
        assertEquals(1, browser.tabFolder().getSelectionIndex());
        assertEquals(1 + 4, table.getRowCount(), "A01 and A02, two ROIs each");
        assertEquals("pc2 exact: 4 of 6 rows", browser.statusText());
        assertEquals(1, browser.historyList().getItemCount());
        assertTrue(browser.historyList().getItem(0).contains("promoter"), browser.historyList().getItem(0));
        assertEquals("", browser.filterText("promoter").getText(), "filters are cleared after applying");
        assertArrayEquals(new String[] {"48", "60"}, browser.valueList("stage").getItems(), "unique values of the tab");
        assertEquals(List.of("pc2 exact"), project.tabs().stream().map(t -> t.name()).toList(), "saved with the project");

        // in place from a tab; a bad filter is reported and changes nothing
        browser.filterText("stage").setText("$>:abc");
        browser.apply(ApplyMode.DEFAULT);
        assertEquals(1, answers.errors.size(), answers.errors.toString());
        assertEquals(1 + 4, table.getRowCount());
        browser.filterText("stage").setText("$>:50");
        browser.apply(ApplyMode.DEFAULT);
        assertEquals(List.of("root", "pc2 exact"), tabNames(), "in place");
        assertEquals(1 + 2, table.getRowCount());
        assertEquals(2, browser.historyList().getItemCount());
        ImageData tab = Screens.capture(shell, "project-browser-tab");
        assertTrue(Screens.distinctPixels(tab) > 20);

        browser.selectTab(0);
        assertEquals(1 + 6, table.getRowCount());
        assertEquals("root: 6 of 6 rows", browser.statusText());
    }

    @Test
    void setValueOnSelectedRowsExportAndDoubleClick() throws Exception {
        browser.selectRows(0, 2);
        assertArrayEquals(new int[] {0, 2}, browser.selectedRows());
        answers.setValue = new BrowserDialogs.SetValueRequest("comments", "checked twice");
        browser.setValue();
        assertEquals(List.of("cell", "promoter", "stage", "dose", "comments"), answers.offeredColumns,
                "stimulus type columns are not offered: they show the stimulus map");
        assertEquals("checked twice", project.sample(new SampleId("fissa_b", "A01")).orElseThrow().comments());
        assertEquals("checked twice", project.sample(new SampleId("fissa_b", "A02")).orElseThrow().comments());
        assertEquals("", project.sample(new SampleId("fissa_c", "A03")).orElseThrow().comments());
        assertEquals("checked twice", browser.cellText("comments", 0), "the table is read again");
        assertEquals("", browser.cellText("comments", 4));

        browser.selectRows(5);
        answers.setValue = new BrowserDialogs.SetValueRequest("cell", "axon");
        browser.setValue();
        assertEquals("axon", project.sample(new SampleId("fissa_c", "A03")).orElseThrow().rois().get(1).roi().properties().tag("cell"));
        assertArrayEquals(new String[] {"axon", "dendrite", "soma"}, browser.valueList("cell").getItems());

        browser.selectRows();
        browser.setValue();
        assertEquals(1, answers.errors.size(), "no rows selected is reported");

        answers.csv = dir.resolve("root.csv");
        browser.exportCsv();
        List<String> lines = Files.readAllLines(answers.csv, StandardCharsets.UTF_8);
        assertEquals(7, lines.size());
        assertTrue(lines.get(0).startsWith("SampleID,AnimalID,TrialID,ImgUUID,ROI_UUID,ROI_index,ROI_name,ROI_shape,cell,light,"));
        assertTrue(lines.get(6).startsWith("fissa_c-_-A03,fissa_c,A03,"), lines.get(6));
        assertTrue(lines.get(6).contains(",axon,untagged,cng_ch4,72,1.25,"), lines.get(6));

        NatTable table = browser.natTable();
        Event dbl = new Event();
        dbl.x = table.getStartXOfColumnPosition(1) + 5;
        dbl.y = table.getStartYOfRowPosition(3) + 5;
        dbl.button = 1;
        table.notifyListeners(SWT.MouseDoubleClick, dbl);
        assertEquals(List.of("fissa_b-_-A02"), opened, "row position 3 is the third ROI row: A02's first ROI");
        assertNotNull(browser.model());
    }

    @Test
    void withoutAProjectSaysHowToOpenOneThenShowsTheTableWhenOneIsSet() throws Exception {
        Shell other = new Shell(display);
        try {
            other.setLayout(new FillLayout());
            other.setBounds(0, 0, 1200, 700);
            ProjectBrowser empty = new ProjectBrowser(other, answers);
            other.open();
            Screens.settle(display);
            assertEquals("No project", empty.statusText());
            assertTrue(texts(empty).contains(ProjectBrowser.NO_PROJECT), "the part is never blank");
            // as in the workbench: the project is read after the part is shown
            empty.setModel(BrowserModel.load(project));
            Screens.settle(display);
            assertTrue(empty.natTable().getBounds().height > 200 && empty.natTable().getBounds().width > 500,
                    "the table fills its place: " + empty.natTable().getBounds());
            assertTrue(!texts(empty).contains(ProjectBrowser.NO_PROJECT));
            ImageData shot = Screens.capture(other, "project-browser-late");
            assertTrue(Screens.distinctPixels(shot) > 20);
            empty.setModel(null);
            assertTrue(texts(empty).contains(ProjectBrowser.NO_PROJECT));
        } finally {
            other.dispose();
        }
    }

    private static List<String> texts(org.eclipse.swt.widgets.Composite c) {
        List<String> out = new ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label l) {
                out.add(l.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                out.addAll(texts(inner));
            }
        }
        return out;
    }

    private List<String> tabNames() {
        List<String> out = new ArrayList<>();
        for (var item : browser.tabFolder().getItems()) {
            out.add(item.getText());
        }
        return out;
    }
}
