package org.fluorite.smlm.batch;

import static org.fluorite.smlm.batch.SmlmBatchTesting.args;
import static org.fluorite.smlm.batch.SmlmBatchTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.slurm.SlurmClient;
import org.fluorite.batch.slurm.SlurmExecutor;
import org.fluorite.cli.CommandLine;
import org.fluorite.core.json.Json;
import org.fluorite.smlm.batch.SmlmBatchTesting.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * localize-batch on a real one-node SLURM (releng/scripts/slurm-test-node.sh with this fragment's
 * own folder and ports, so it can run beside the batch manager's SLURM tests): the items as one job
 * array, the merged table equal to the single-process localize.
 */
class SlurmBatchTest {

    private static final Path NODE = Path.of(System.getProperty("java.io.tmpdir"), "fluorite-smlm-batch-slurm-node");
    private static final String CTLD_PORT = "6857";
    private static final String SLURMD_PORT = "6858";
    private static SlurmClient client;
    @TempDir
    static Path data;
    static Path stack;
    static List<String> reference;
    @TempDir
    Path dir;

    private static Path script() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("releng").resolve("scripts").resolve("slurm-test-node.sh");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("releng/scripts/slurm-test-node.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static Process node(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", script().toString(), command, NODE.toString()).redirectErrorStream(true);
        pb.environment().put("SLURM_TEST_CTLD_PORT", CTLD_PORT);
        pb.environment().put("SLURM_TEST_SLURMD_PORT", SLURMD_PORT);
        return pb.start();
    }

    @BeforeAll
    static void startSlurm() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/slurmctld")) && Files.isExecutable(Path.of("/usr/bin/sbatch")),
                "SLURM is not installed (apt-get install slurmctld slurmd slurm-client munge): SLURM tests skipped");
        Process p = node("start");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the test SLURM did not start within 60 s");
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.exitValue(), "slurm-test-node.sh start failed: " + out);
        String conf = out.lines().reduce((a, b) -> b).orElse("");
        assertTrue(conf.endsWith("slurm.conf"), out);
        client = new SlurmClient(List.of(), Map.of("SLURM_CONF", conf), Duration.ofSeconds(20));
        stack = data.resolve("sim.tif");
        SmlmBatchTesting.stack(stack);
        reference = SmlmBatchTesting.reference(stack, data.resolve("ref.csv"), List.of());
    }

    @AfterAll
    static void stopSlurm() throws Exception {
        if (client != null) {
            node("stop").waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoItemsAsAJobArrayGiveTheSingleProcessTable() throws Exception {
        Path out = dir.resolve("locs.csv");
        CommandLine cl = SmlmBatchTesting.commandLine((id, n) -> {
            assertEquals("slurm", id);
            return new SlurmExecutor(client, SmlmBatchTesting.launcher(), List.of("--time=00:05:00"));
        });
        Run r = run(cl, args("localize-batch", stack, "--out", out, "--executor", "slurm", "--items", "2", "--threads", "1",
                SmlmBatchTesting.CAMERA_OPTIONS, "--json"));
        assertEquals(0, r.exit(), r.err());
        SmlmBatchTesting.assertSameTable(reference, out);
        Map<?, ?> json = (Map<?, ?>) Json.parse(r.out());
        assertEquals("slurm", json.get("executor"));
        assertEquals(reference.size() - 1, ((Number) json.get("localizations")).intValue());
        Batch batch = Batch.open(dir.resolve("locs.csv.batch"));
        List<BatchItem> items = batch.items();
        assertEquals(List.of("sim.tif frames 1-30", "sim.tif frames 31-60"), items.stream().map(BatchItem::name).toList());
        for (BatchItem i : items) {
            assertEquals(ItemState.DONE, i.state(), i.toString());
            assertEquals("slurm", i.execution().executor());
            assertTrue(i.execution().jobId().matches("\\d+(_\\d+)?"), i.execution().jobId());
        }
    }
}
