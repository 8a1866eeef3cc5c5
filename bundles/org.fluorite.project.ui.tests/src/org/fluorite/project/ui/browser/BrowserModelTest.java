package org.fluorite.project.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.table.Table;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectTab;
import org.fluorite.project.ProjectTable;
import org.fluorite.project.SampleId;
import org.fluorite.project.ui.ProjectFixture;
import org.fluorite.project.ui.browser.BrowserModel.ApplyMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's model over a real SQLite project ({@link ProjectFixture}: 3 FISSA samples x 2 ROIs). */
class BrowserModelTest {

    static final List<String> COLUMNS = List.of("SampleID", "AnimalID", "TrialID", "ImgUUID", "ROI_UUID", "ROI_index", "ROI_name",
            "ROI_shape", "cell", "light", "promoter", "stage", "dose", "comments", "date");

    @TempDir
    static Path dir;
    static Project project;

    @BeforeAll
    static void makeProject() throws Exception {
        project = ProjectFixture.create(dir.resolve("p"));
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
    }

    private static Map<String, String> filters(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static List<String> column(Table t, String name) {
        return java.util.stream.IntStream.range(0, t.rowCount()).mapToObj(r -> t.require(name).getText(r)).toList();
    }

    @Test
    void rootShowsOneRowPerRoiWithTheConfiguredColumns() throws Exception {
        BrowserModel m = BrowserModel.load(project);
        assertEquals(6, m.wholeTable().rowCount(), "3 samples x 2 ROIs");
        assertEquals(COLUMNS, m.columnNames());
        assertTrue(m.currentTab().isRoot());
        assertEquals(List.of("fissa_b-_-A01", "fissa_b-_-A01", "fissa_b-_-A02", "fissa_b-_-A02", "fissa_c-_-A03", "fissa_c-_-A03"),
                column(m.currentRows(), ProjectTable.SAMPLE_ID));
        assertEquals(List.of("soma", "dendrite", "soma", "dendrite", "soma", "dendrite"), column(m.currentRows(), "cell"));
        assertEquals(List.of("cng_ch4", "pc2"), m.uniqueValues("promoter"));
        assertEquals(List.of("48", "60", "72"), m.uniqueValues("stage"));
        assertEquals(List.of("fissa_b", "fissa_c"), m.uniqueValues(ProjectTable.ANIMAL_ID));
        assertEquals(List.of("untagged"), m.uniqueValues("light"), "no stimulus maps: untagged");
        assertEquals(List.of("0", "1"), m.uniqueValues(ProjectTable.ROI_INDEX));
    }

    @Test
    void filteringTheRootOpensANamedTabAndOtherTabsFilterInPlace() throws Exception {
        BrowserModel m = BrowserModel.load(project);
        assertTrue(m.needsTabName(ApplyMode.DEFAULT), "filtering the root always makes a new tab");
        assertThrows(IllegalArgumentException.class, () -> m.apply(filters("promoter", "pc2"), ApplyMode.DEFAULT, " "));
        ProjectTab pc2 = m.apply(filters("promoter", "pc2", "stage", ""), ApplyMode.DEFAULT, "pc2 only");
        assertEquals("pc2 only", pc2.name());
        assertEquals(1, m.currentIndex());
        assertEquals(4, m.currentRows().rowCount(), "partial match pc2: A01 and A02, 2 ROIs each");
        assertEquals(List.of("48", "60"), m.uniqueValues("stage"), "unique values follow the tab");
        assertEquals(List.of("promoter contains 'pc2'").size(), m.history().size());

        assertTrue(!m.needsTabName(ApplyMode.DEFAULT));
        m.apply(filters("stage", "$>:50"), ApplyMode.DEFAULT, null);
        assertEquals("pc2 only", m.currentTab().name(), "in place");
        assertEquals(List.of("fissa_b-_-A02", "fissa_b-_-A02"), column(m.currentRows(), ProjectTable.SAMPLE_ID));
        assertEquals(2, m.history().size(), "history: the promoter filter, then the stage filter");
        assertTrue(m.history().get(0).contains("promoter") && m.history().get(1).contains("stage"), m.history().toString());

        m.apply(filters("cell", "dend"), ApplyMode.NEW_TAB, "A02 dendrites");
        assertEquals(List.of("root", "pc2 only", "A02 dendrites"), m.tabs().stream().map(ProjectTab::name).toList());
        assertEquals(1, m.currentRows().rowCount());
        assertEquals("dendrite", m.currentRows().require("cell").getText(0));
        assertEquals(3, m.history().size(), "a new tab from a tab keeps its history");
        assertThrows(IllegalArgumentException.class, () -> m.apply(Map.of(), ApplyMode.NEW_TAB, "pc2 only"), "taken name");

        // saved with the project: a fresh model (as after a restart) shows the same tabs and rows
        BrowserModel again = BrowserModel.load(project);
        assertEquals(List.of("root", "pc2 only", "A02 dendrites"), again.tabs().stream().map(ProjectTab::name).toList());
        again.select(1);
        assertEquals(2, again.currentRows().rowCount());
        again.select(2);
        assertEquals(1, again.currentRows().rowCount());
        again.deleteCurrentTab();
        again.select(1);
        again.deleteCurrentTab();
        assertEquals(List.of(), project.tabs(), "deleted from the project");
        assertThrows(IllegalArgumentException.class, again::deleteCurrentTab, "the root stays");
    }

    @Test
    void filterSyntaxOfTheSeed() throws Exception {
        BrowserModel m = BrowserModel.load(project);
        record Case(String column, String filter, int rows) {
        }
        List<Case> cases = List.of(new Case("promoter", "pc2|cng", 6), new Case("promoter", "$NOT:pc2", 2),
                new Case("promoter", "$STR=:pc", 0), new Case("promoter", "$STR!=:pc2", 2), new Case("stage", "$>=:60", 4),
                new Case("stage", "$RANGE:40..50|70..80", 4), new Case("dose", "$<:1", 2), new Case("dose", "$!=:0.5", 4),
                new Case("SampleID", "A03", 2), new Case("cell", "$STR=:soma", 3));
        int n = 0;
        for (Case c : cases) {
            m.select(0);
            m.apply(filters(c.column(), c.filter()), ApplyMode.DEFAULT, "case " + n++);
            assertEquals(c.rows(), m.currentRows().rowCount(), c.column() + " " + c.filter());
        }
        m.select(0);
        assertThrows(IllegalArgumentException.class, () -> m.apply(filters("nope", "x"), ApplyMode.DEFAULT, "bad"),
                "a column the project does not have");
        assertThrows(IllegalArgumentException.class, () -> m.apply(filters("stage", "$>:abc"), ApplyMode.DEFAULT, "bad"));
        for (ProjectTab t : project.tabs()) {
            project.deleteTab(t.name());
        }
    }

    @Test
    void setValueChangesTheStoreAndCsvExportWritesTheTab(@TempDir Path out) throws Exception {
        try (Project p = ProjectFixture.create(out.resolve("q"))) {
            BrowserModel m = BrowserModel.load(p);
            assertEquals(2, m.setValue(new int[] {0, 4}, "promoter", "gcamp6"), "two samples: A01 and A03");
            assertEquals(List.of("gcamp6", "gcamp6", "pc2", "pc2", "gcamp6", "gcamp6"), column(m.currentRows(), "promoter"));
            assertEquals("gcamp6", p.sample(new SampleId("fissa_c", "A03")).orElseThrow().customValues().get("promoter"));
            assertEquals(1, m.setValue(new int[] {1}, "cell", "axon"), "ROI type columns change per ROI");
            assertEquals("axon", p.sample(new SampleId("fissa_b", "A01")).orElseThrow().rois().get(1).roi().properties().tags().get("cell"));
            assertEquals(1, m.setValue(new int[] {2, 3}, "stage", "61"));
            assertEquals(61L, p.sample(new SampleId("fissa_b", "A02")).orElseThrow().customValues().get("stage"));
            assertThrows(IllegalArgumentException.class, () -> m.setValue(new int[] {0}, "stage", "abc"));
            assertThrows(IllegalArgumentException.class, () -> m.setValue(new int[] {0}, "SampleID", "x"), "SampleIDs never change");
            assertThrows(IllegalArgumentException.class, () -> m.setValue(new int[0], "stage", "1"));

            m.apply(filters("promoter", "gcamp6", "cell", "$STR=:soma"), ApplyMode.DEFAULT, "gcamp somata");
            Path csv = out.resolve("gcamp.csv");
            m.exportCsv(csv);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(3, lines.size(), "header and two rows");
            assertEquals(String.join(",", COLUMNS), lines.get(0));
            String[] a01 = lines.get(1).split(",", -1);
            String[] a03 = lines.get(2).split(",", -1);
            assertEquals(15, a01.length);
            assertEquals(List.of("fissa_b-_-A01", "fissa_b", "A01"), List.of(a01[0], a01[1], a01[2]));
            assertEquals(List.of("0", "soma", "untagged", "gcamp6", "48", "0.5"), List.of(a01[5], a01[8], a01[9], a01[10], a01[11], a01[12]));
            assertEquals(List.of("fissa_c-_-A03", "0", "soma", "gcamp6", "72", "1.25"),
                    List.of(a03[0], a03[5], a03[8], a03[10], a03[11], a03[12]));
            assertEquals(m.currentRows().require(ProjectTable.ROI_UUID).getText(0), a01[4]);
        }
    }
}
