package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.project.filter.TableFilter;
import org.fluorite.project.internal.Database;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project stored by schema version 1 (resources/v1-project, written with Python's sqlite3 and
 * numpy by scripts/make_v1_project.py) opens migrated to the current version with its data intact,
 * which also shows that the documented layout (float64 little-endian traces, ROI JSON) is what
 * Python writes and reads.
 */
class MigrationTest {

    private static Path copyFixture(Path dir) throws Exception {
        Path source = TestData.fixture("org.fluorite.project.tests", "v1-project");
        Path target = dir.resolve("v1");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    @Test
    void versionOneProjectIsMigratedWithItsDataIntact(@TempDir Path dir) throws Exception {
        Path pdir = copyFixture(dir);
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            assertEquals(1, p.schemaVersionFound());
            assertEquals(2, p.schemaVersion());
            assertEquals("ok", p.integrityCheck());
            assertEquals("old project", p.name());
            assertEquals(List.of("cell_name"), p.configuration().roiTypes());
            assertEquals(0L, p.configuration().column("stage").orElseThrow().replaceValue());
            Sample s = p.sample(new SampleId("old", "1")).orElseThrow();
            assertEquals(ImageStorage.COPY, s.storage(), "version 1 copied every movie");
            assertNull(s.imageSha256(), "version 1 kept no checksums");
            assertEquals("3e069e2d-d012-47ee-830c-93d85197e2f4", s.imageUuid());
            assertArrayEquals(new double[] {0.5, 100.5, 200.5}, s.rois().get(0).trace(), 0);
            assertArrayEquals(new double[] {2.5, 102.5, 202.5}, s.rois().get(1).trace(), 0);
            assertEquals("mn", s.rois().get(1).roi().properties().tag("cell_name"));
            assertEquals(2.0, s.metadata().fps().orElseThrow());
            assertEquals("from v1", s.comments());
            // the traces Python stored are the ones Fluorite measures on the stored movie
            Image movie = p.openImage(s);
            double[][] measured = TraceExtractor.meanTraces(movie, s.roiSet().rois(), 1, ProgressMonitor.NONE);
            movie.close();
            assertArrayEquals(s.rois().get(0).trace(), measured[0], 1e-12);
            assertArrayEquals(s.rois().get(1).trace(), measured[1], 1e-12);
            Table t = p.table();
            assertEquals(2, t.rowCount());
            assertEquals(48L, (long) t.require("stage").getDouble(0));
            assertEquals(1, TableFilter.of("cell_name", "$STR=:palp").rows(t).length);
            // what version 2 added works on the migrated project
            assertEquals(List.of(), p.tabs());
            p.saveTab(ProjectTab.root().child("palp", TableFilter.of("cell_name", "palp")));
            assertEquals(1, p.tabs().size());
            assertTrue(Files.isDirectory(pdir.resolve("batches")), "missing folders are made");
        }
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            assertEquals(2, p.schemaVersionFound(), "migrated once");
        }
    }

    @Test
    void readOnlyOpeningRefusesAnUnmigratedProject(@TempDir Path dir) throws Exception {
        Path pdir = copyFixture(dir);
        ProjectException e = assertThrows(ProjectException.class, () -> Project.openReadOnly(pdir, ProjectTestSupport.options()));
        assertTrue(e.getMessage().contains("schema version 1: open it once for writing"), e.getMessage());
    }

    @Test
    void projectOfANewerFluoriteIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path pdir = copyFixture(dir);
        try (Connection c = Database.open(pdir.resolve(Project.DATABASE)); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 9");
        }
        ProjectException e = assertThrows(ProjectException.class, () -> Project.open(pdir, ProjectTestSupport.options()));
        assertTrue(e.getMessage().startsWith(pdir.resolve(Project.DATABASE).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("newer Fluorite (schema version 9"), e.getMessage());
    }
}
