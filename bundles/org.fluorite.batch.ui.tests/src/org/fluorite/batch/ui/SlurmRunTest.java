package org.fluorite.batch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.fluorite.batch.slurm.SlurmClient;
import org.fluorite.batch.slurm.SlurmExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel's "Run on: SLURM" against a real one-node SLURM (releng/scripts/slurm-test-node.sh on
 * ports of its own, so that it does not meet the engine's test node): items submitted together as
 * a job array, followed to the end, a failing item red with its error.
 */
class SlurmRunTest {

    private static final Path NODE = Path.of(System.getProperty("java.io.tmpdir"), "fluorite-batch-ui-slurm-node");
    private static String conf;
    @TempDir
    Path dir;

    @BeforeAll
    static void startSlurm() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/slurmctld")) && Files.isExecutable(Path.of("/usr/bin/sbatch")),
                "SLURM is not installed (apt-get install slurmctld slurmd slurm-client munge): SLURM test skipped");
        ProcessBuilder pb = new ProcessBuilder("bash", script().toString(), "start", NODE.toString()).redirectErrorStream(true);
        pb.environment().put("SLURM_TEST_CTLD_PORT", "6837");
        pb.environment().put("SLURM_TEST_SLURMD_PORT", "6838");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the test SLURM did not start within 60 s");
        String out = new String(p.getInputStream().readAllBytes()).strip();
        Assumptions.assumeTrue(p.exitValue() == 0, "the test SLURM could not be started here (needs root): " + out);
        conf = out.lines().reduce((a, b) -> b).orElse("");
        assertTrue(conf.endsWith("slurm.conf"), out);
    }

    @AfterAll
    static void stopSlurm() throws Exception {
        if (conf != null) {
            new ProcessBuilder("bash", script().toString(), "stop", NODE.toString()).redirectErrorStream(true).start().waitFor(60,
                    TimeUnit.SECONDS);
        }
    }

    private static Path script() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("releng").resolve("scripts").resolve("slurm-test-node.sh");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("releng/scripts/slurm-test-node.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static BatchItem state(PanelHarness h, String uuid) {
        return h.panel.table().items().stream().filter(i -> i.uuid().equals(uuid)).findFirst().orElseThrow();
    }

    @Test
    void itemsRunAsAJobArrayAndAFailureIsShownRed() throws Exception {
        try (PanelHarness h = new PanelHarness()) {
            SlurmClient client = new SlurmClient(List.of(), Map.of("SLURM_CONF", conf), Duration.ofSeconds(20));
            h.session.setExecutorFactory(c -> c.isLocal() ? TestWorkers.local(c.workers())
                    : new SlurmExecutor(client, TestWorkers.launcher(), List.of("--time=00:05:00")));
            h.panel.createBatch(dir.resolve("batch"));
            BatchItem a = h.session.add(BatchItem.create("test-nap", "nap a", Map.of("seconds", 0.3), List.of()));
            BatchItem b = h.session.add(BatchItem.create("test-nap", "nap b", Map.of("seconds", 0.3), List.of()));
            Path missing = dir.resolve("no-such-movie.tif");
            BatchItem bad = h.session.add(BatchItem.create("motion-correct", "missing movie", Map.of(), List.of(missing.toString())));
            h.panel.executorControls().setChoice(new ExecutorChoice("slurm", 1, null));
            h.press("Start");
            assertTrue(h.panel.runStateText().startsWith("Running (SLURM on this machine)"), h.panel.runStateText());
            h.pumpUntil(() -> !h.session.isRunning() && h.panel.runStateText().startsWith("Finished"), "the SLURM run", 120_000);
            assertEquals("Finished: 2 done, 1 failed, 0 aborted, 0 queued", h.panel.runStateText(), h.host.errors.toString());
            h.pumpFor(300);
            assertEquals(ItemState.DONE, state(h, a.uuid()).state());
            assertEquals(ItemState.DONE, state(h, b.uuid()).state());
            BatchItem failed = state(h, bad.uuid());
            assertEquals(ItemState.FAILED, failed.state());
            assertEquals("slurm", failed.execution().executor());
            // three items submitted together: one array, task ids JOB_0..JOB_2 in batch order
            String job = state(h, a.uuid()).execution().jobId();
            assertTrue(job.matches("\\d+_0"), job);
            assertEquals(job.replace("_0", "_2"), failed.execution().jobId());
            assertEquals(BatchManagerPanelTest.COLOURS.get(ItemState.FAILED), h.panel.table().control().getItem(2).getBackground().getRGB());
            h.panel.select(bad.uuid());
            String info = h.panel.informationText();
            assertTrue(info.startsWith("Error: ") && info.lines().findFirst().orElseThrow().contains("no-such-movie.tif"), info);
            assertTrue(info.contains("Ran on: slurm job " + failed.execution().jobId()), info);
            h.pumpUntil(() -> h.panel.log().shownText().contains("SLURM job"), "the SLURM header in the item's log");
            h.capture("batch-manager-slurm");
        }
    }
}
