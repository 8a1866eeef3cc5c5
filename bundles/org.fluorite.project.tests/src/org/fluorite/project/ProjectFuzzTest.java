package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.project.internal.Database;
import org.fluorite.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged project databases: the project.sqlite of a small project is truncated, bit-flipped,
 * overwritten with absurd numbers (fixed seed); opening it and reading everything (configuration,
 * table, every sample with ROIs and traces, tabs) must succeed or fail with an IOException naming
 * the file, within two seconds, never anything else. Damaged content (JSON, blobs, words) that
 * SQLite itself accepts is refused the same way.
 */
class ProjectFuzzTest {

    private static Path project(Path dir) throws Exception {
        Path pdir = dir.resolve("proj");
        try (Project p = Project.create(pdir, "fuzz", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            p.addSample(ProjectStoreTest.draft("a1", "1", 4, 0, "pr", "pc2", 48), ProgressMonitor.NONE);
            p.addSample(ProjectStoreTest.draft("a2", "1", 3, 5, "mn", "cesa", 60), ProgressMonitor.NONE);
            p.saveTab(ProjectTab.root().child("pr", org.fluorite.project.filter.TableFilter.of("cell_name", "pr")));
        }
        return pdir;
    }

    /** Everything a user can ask of a project without its movies. */
    static void readAll(Path folder) throws IOException {
        for (String leftover : List.of("project.sqlite-wal", "project.sqlite-shm")) {
            Files.deleteIfExists(folder.resolve(leftover));
        }
        try (Project p = Project.open(folder, ProjectOptions.of(null).withBackupsToKeep(0))) {
            p.name();
            p.configuration();
            p.table();
            for (SampleId id : p.sampleIds()) {
                Sample s = p.sample(id).orElseThrow();
                s.traces();
            }
            p.tabs();
            p.counts();
        }
    }

    @Test
    void damagedDatabasesFailCleanly(@TempDir Path dir) throws Exception {
        Path pdir = project(dir);
        Fuzz.Outcome outcome = Fuzz.runInFolder(List.of(pdir.resolve(Project.DATABASE)), Project.DATABASE,
                Fuzz.seed("project.sqlite"), 120, Duration.ofSeconds(2), Fuzz.GENERIC, ProjectFuzzTest::readAll);
        assertEquals(120, outcome.total());
        assertTrue(outcome.refused() > 0, "some damaged copies must be refused");
        assertTrue(outcome.read() > 0, "damage in unused pages leaves the project readable");
    }

    @Test
    void damagedContentIsRefusedNamingTheDatabase(@TempDir Path dir) throws Exception {
        for (String damage : List.of("UPDATE rois SET roi_json = '{\"type\": \"blob\"}' WHERE roi_index = 0",
                "UPDATE rois SET roi_json = 'not json' WHERE roi_index = 1", "UPDATE traces SET trace = x'010203'",
                "UPDATE samples SET stimulus_json = '{\"types\": 5}'", "UPDATE columns SET value_type = 'colour'",
                "UPDATE samples SET image_storage = 'cloud'", "UPDATE samples SET sample_id = 'no separator' WHERE animal_id = 'a1'")) {
            Path pdir = project(dir.resolve(Integer.toString(Math.abs(damage.hashCode()))));
            try (Connection c = Database.open(pdir.resolve(Project.DATABASE)); Statement s = c.createStatement()) {
                s.executeUpdate("PRAGMA foreign_keys = OFF");
                s.executeUpdate(damage);
            }
            IOException e = assertThrows(IOException.class, () -> readAll(pdir), damage);
            assertTrue(e.getMessage().startsWith(pdir.resolve(Project.DATABASE).toString()), damage + ": " + e.getMessage());
        }
    }
}
