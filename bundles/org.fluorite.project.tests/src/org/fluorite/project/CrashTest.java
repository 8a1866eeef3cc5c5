package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.traces.TraceExtractor;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM saving a big sample is killed with SIGKILL while copying the movie, in the middle
 * of the transaction, just after it committed, and in the middle of saving over an existing sample
 * with new image data; the reopened project must pass SQLite's
 * integrity check, keep the earlier samples intact, and hold the big sample wholly or not at all,
 * with no stray movie files.
 */
class CrashTest {

    private static final int BIG = 2500;
    private static final String MOVIE = "fissa/b/images/AVG_A01.tif";

    private static Path prepare(Path dir) throws Exception {
        Path pdir = dir.resolve("p");
        try (Project p = Project.create(pdir, "crash", ProjectConfiguration.of(List.of("cell"), List.of(),
                List.of(ProjectColumn.custom("note", ValueType.TEXT, null))), ProjectTestSupport.options())) {
            p.addSample(SampleDraft.builder(new SampleId("early", "1")).image(ProjectTestSupport.movie(3, 0), null)
                    .rois(ProjectTestSupport.halves("a", "b")).build(), ProgressMonitor.NONE);
            p.addSample(SampleDraft.builder(new SampleId("early", "2")).image(ProjectTestSupport.movie(5, 7), null)
                    .rois(ProjectTestSupport.halves("c", "d")).build(), ProgressMonitor.NONE);
        }
        return pdir;
    }

    /** Runs the saver until it prints {@code word}, then kills it with SIGKILL. */
    private static void saveAndKill(Path pdir, String stopAt, String word) throws Exception {
        saveAndKill(pdir, "big", stopAt, word);
    }

    private static void saveAndKill(Path pdir, String animal, String stopAt, String word) throws Exception {
        Process proc = JavaProcess.start(CrashingSaver.class,
                List.of(Project.class, org.fluorite.core.json.Json.class, RoiSet.class, TraceExtractor.class, StimulusMap.class,
                        FormatRegistry.class, TiffImporter.class, org.sqlite.JDBC.class, TestData.class),
                List.of(pdir.toString(), TestData.file(MOVIE).toString(), animal, Integer.toString(BIG), stopAt));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder seen = new StringBuilder();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("the saver never printed " + word + "; it printed:\n" + seen);
                }
                seen.append(line).append('\n');
                if (line.equals(word)) {
                    break;
                }
            }
        } finally {
            proc.destroyForcibly();
            assertTrue(proc.waitFor(30, TimeUnit.SECONDS), "the killed saver is gone");
        }
        assertEquals(137, proc.exitValue(), "killed by SIGKILL (128 + 9)");
    }

    private static void assertConsistent(Path pdir, boolean bigPresent) throws Exception {
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            assertEquals("ok", p.integrityCheck());
            Sample e1 = p.sample(new SampleId("early", "1")).orElseThrow();
            assertArrayEquals(new double[] {1, 11, 21}, e1.rois().get(0).trace(), 0);
            Sample e2 = p.sample(new SampleId("early", "2")).orElseThrow();
            assertArrayEquals(new double[] {9, 19, 29, 39, 49}, e2.rois().get(1).trace(), 0);
            assertEquals("d", e2.rois().get(1).roi().properties().tag("cell_name"));
            List<SampleId> ids = p.sampleIds();
            long referenced;
            if (bigPresent) {
                assertEquals(3, ids.size());
                Sample big = p.sample(new SampleId("big", "1")).orElseThrow();
                assertEquals(BIG, big.rois().size(), "all ROIs or none");
                double[][] expected = CrashingSaver.traces(BIG, 29);
                for (int r = 0; r < BIG; r += 499) {
                    assertArrayEquals(expected[r], big.rois().get(r).trace(), 0);
                }
                assertEquals("big", big.customValues().get("note"));
                assertEquals(org.fluorite.project.internal.ImageFiles.sha256(TestData.file(MOVIE)), big.imageSha256());
                assertTrue(Files.isRegularFile(big.imageFile()));
                assertEquals(2 + 2 + BIG, p.table().rowCount());
                referenced = 3;
            } else {
                assertEquals(List.of(new SampleId("early", "1"), new SampleId("early", "2")), ids);
                assertEquals(4, p.table().rowCount());
                assertEquals(4L, p.counts().get("rois"), "no ROI of the interrupted sample is left");
                referenced = 2;
            }
            try (Stream<Path> images = Files.list(pdir.resolve("images"))) {
                assertEquals(referenced, images.count(), "only the movies of committed samples remain in images/");
            }
            // the project goes on working
            p.addSample(SampleDraft.builder(new SampleId("later", "1")).image(ProjectTestSupport.movie(2, 0), null).build(),
                    ProgressMonitor.NONE);
            assertEquals(ids.size() + 1, p.sampleIds().size());
        }
    }

    @Test
    void killedInTheMiddleOfTheTransactionLeavesTheSampleOut(@TempDir Path dir) throws Exception {
        Path pdir = prepare(dir);
        saveAndKill(pdir, "mid", "MID");
        assertTrue(Files.exists(pdir.resolve("project.sqlite-wal")), "the killed writer left its write-ahead log");
        assertConsistent(pdir, false);
    }

    @Test
    void killedWhileCopyingTheMovieLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        Path pdir = prepare(dir);
        saveAndKill(pdir, "copy", "COPYING");
        try (Stream<Path> images = Files.list(pdir.resolve("images"))) {
            assertTrue(images.anyMatch(f -> f.getFileName().toString().endsWith(".partial")), "the copy was cut short");
        }
        assertConsistent(pdir, false);
    }

    @Test
    void killedJustAfterTheCommitKeepsTheWholeSample(@TempDir Path dir) throws Exception {
        Path pdir = prepare(dir);
        saveAndKill(pdir, "after", "COMMITTED");
        assertConsistent(pdir, true);
    }

    @Test
    void killedWhileSavingOverASampleLeavesTheOldSampleWhole(@TempDir Path dir) throws Exception {
        Path pdir = prepare(dir);
        Path oldMovie;
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            oldMovie = p.sample(new SampleId("early", "2")).orElseThrow().imageFile();
        }
        saveAndKill(pdir, "early-_-2", "replace", "MID");
        assertConsistent(pdir, false);
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            Sample s = p.sample(new SampleId("early", "2")).orElseThrow();
            assertEquals(oldMovie, s.imageFile(), "the old movie is still the sample's");
            assertEquals(5, s.frames());
            assertTrue(Files.isRegularFile(oldMovie));
        }
    }
}
