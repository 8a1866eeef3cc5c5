package org.fluorite.smlm.batch;

import static org.fluorite.smlm.batch.SmlmBatchTesting.args;
import static org.fluorite.smlm.batch.SmlmBatchTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.cli.CommandLine;
import org.fluorite.core.json.Json;
import org.fluorite.smlm.batch.SmlmBatchTesting.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** localize-batch options with --no-run (no workers): the split, the items' parameters, usage errors. */
class LocalizeBatchOptionsTest {

    @TempDir
    static Path data;
    static Path stack;
    @TempDir
    Path dir;
    private final CommandLine cl = SmlmBatchTesting.commandLine((id, n) -> {
        throw new AssertionError("--no-run must not make an executor");
    });

    @BeforeAll
    static void simulate() throws Exception {
        stack = data.resolve("sim.tif");
        SmlmBatchTesting.stack(stack);
    }

    private static List<Object> frames(Run r) {
        return ((List<?>) ((Map<?, ?>) Json.parse(r.out())).get("items")).stream().map(i -> ((Map<?, ?>) i).get("frames")).map(Object.class::cast)
                .toList();
    }

    @Test
    void framesStartFrameAndBackgroundShapeTheSplit() throws Exception {
        Path out = dir.resolve("locs.csv");
        Run r = run(cl, args("localize-batch", stack, "--out", out, "--frames", "5:", "--start-frame", "9", "--items", "4",
                "--background", "-12:0", "--min-frames", "5", "--no-run", "--json", "--method", "wlsq", "--workers", "2"));
        assertEquals(0, r.exit(), r.err());
        // frames 10 to 60 (start-frame 9 counts from 0); the 12-frame window raises --min-frames 5 to 12: 4 items
        assertEquals(List.of("10:22", "23:35", "36:48", "49:60"), frames(r));
        assertEquals("10:60", ((Map<?, ?>) Json.parse(r.out())).get("frames"));
        assertEquals(false, ((Map<?, ?>) Json.parse(r.out())).get("ran"));
        assertFalse(Files.exists(out));
        Batch b = Batch.open(dir.resolve("locs.csv.batch"));
        BatchItem first = b.items().get(0);
        assertEquals(Map.of("frames", "10:22", "start-frame", "9", "background", "-12:0", "method", "wlsq", "threads",
                Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors() / 2))), first.parameters());
        assertEquals(List.of(stack.toString()), first.inputs());
        assertEquals("localize", first.kind());
        LocalizationPlan plan = LocalizationPlan.read(b.directory());
        assertEquals(new FrameRange(10, 60), plan.frames());
        assertEquals(4, plan.items().size());
        assertEquals(b.items().get(3).uuid(), plan.items().get(3).uuid());
    }

    @Test
    void aChannelsFramesAreSplitNotTheWholeStacks() throws Exception {
        // mt.tif: 55 Z planes x 2 channels, no T axis: a channel's 55 Z planes are its frames
        Path mt = org.fluorite.testing.TestData.file("kymographbuilder/mt.tif");
        Path out = dir.resolve("mt-locs.csv");
        Run r = run(cl, args("localize-batch", mt, "--out", out, "--channel", "2", "--items", "2", "--pixel-nm", "160",
                "--no-run", "--json"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("1:28", "29:55"), frames(r));
        assertEquals("1:55", ((Map<?, ?>) Json.parse(r.out())).get("frames"));
        assertEquals("2", Batch.open(dir.resolve("mt-locs.csv.batch")).items().get(0).parameters().get("channel"));
        Run three = run(cl, args("localize-batch", mt, "--out", dir.resolve("mt3.csv"), "--channel", "3", "--pixel-nm", "160",
                "--no-run"));
        assertEquals(CommandLine.EXIT_USAGE, three.exit(), three.err());
        assertTrue(three.err().contains("channel 3 is outside 'mt'"), three.err());
    }

    @Test
    void chunkFramesAndTheMinimum() throws Exception {
        Run r = run(cl, args("localize-batch", stack, "--out", dir.resolve("a.csv"), "--chunk-frames", "7", "--no-run", "--json"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("1:20", "21:40", "41:60"), frames(r), "the default minimum of 20 frames");
        Run small = run(cl, args("localize-batch", stack, "--out", dir.resolve("b.csv"), "--chunk-frames", "7", "--min-frames", "1",
                "--no-run", "--json", "--executor", "slurm"));
        assertEquals(0, small.exit(), small.err());
        assertEquals(9, frames(small).size());
        assertEquals("1:7", frames(small).get(0));
        assertEquals("55:60", frames(small).get(8));
        assertFalse(Batch.open(dir.resolve("b.csv.batch")).items().get(0).parameters().containsKey("threads"),
                "on SLURM an item uses the node's processors unless --threads is given");
    }

    @Test
    void mistakesAreUsageErrorsBeforeAnythingIsMade() throws Exception {
        Path out = dir.resolve("locs.csv");
        record Case(List<String> extra, String message) {
        }
        for (Case c : List.of(new Case(List.of("--items", "2", "--chunk-frames", "10"), "not both"),
                new Case(List.of("--executor", "cloud"), "local or slurm, not 'cloud'"),
                new Case(List.of("--method", "lsq"), "mle or wlsq"),
                new Case(List.of("--roi-size", "7.5"), "roi-size takes a whole number"),
                new Case(List.of("--frames", "50:70"), "outside the stack's frames 1 to 60"),
                new Case(List.of("--start-frame", "60"), "leaves no frames"),
                new Case(List.of("--items", "0"), "--items must be between 1"),
                new Case(List.of("--treshold", "2"), "--treshold"))) {
            Run r = run(cl, args("localize-batch", stack, "--out", out, "--no-run", c.extra()));
            assertEquals(CommandLine.EXIT_USAGE, r.exit(), c + ": " + r.err());
            assertTrue(r.err().contains(c.message()), c + ": " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("locs.csv.batch")));
        // a movie without a pixel size is refused before any item is made, as each worker would refuse it
        Path uncalibrated = org.fluorite.testing.TestData.file("fissa/b/images/AVG_A01.tif");
        Run noPixel = run(cl, args("localize-batch", uncalibrated, "--out", out, "--no-run"));
        assertEquals(CommandLine.EXIT_USAGE, noPixel.exit(), noPixel.err());
        assertTrue(noPixel.err().contains("'AVG_A01' gives no pixel size: add --pixel-nm P"), noPixel.err());
        assertFalse(Files.exists(dir.resolve("locs.csv.batch")));
        Run noOut = run(cl, args("localize-batch", stack));
        assertEquals(CommandLine.EXIT_USAGE, noOut.exit());
        assertTrue(noOut.err().contains("needs --out"), noOut.err());
        Path busy = dir.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("notes.txt"), "mine");
        Run foreign = run(cl, args("localize-batch", stack, "--out", out, "--no-run", "--batch", busy));
        assertEquals(CommandLine.EXIT_FAILURE, foreign.exit());
        assertTrue(foreign.err().contains("not empty"), foreign.err());
        assertEquals(List.of("notes.txt"), List.of(busy.toFile().list()));
        Run notBatch = run(cl, args("localize-merge", dir, "--out", out));
        assertEquals(CommandLine.EXIT_FAILURE, notBatch.exit());
        assertTrue(notBatch.err().contains("batch.json"), notBatch.err());
    }
}
