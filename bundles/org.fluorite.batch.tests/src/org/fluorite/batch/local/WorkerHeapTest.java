package org.fluorite.batch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How much heap each local worker JVM gets when the user did not set FLUORITE_HEAP. */
class WorkerHeapTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void threeQuartersOfTheMachineAreSharedOut() {
        // 16 GiB, 3 workers: 12 GiB / 3 = 4096 MiB each
        assertEquals(Optional.of("-Xmx4096m"), LocalExecutor.workerHeap(3, 16 * GIB));
        // 8 GiB, 3 workers: 6 GiB / 3 = 2048 MiB each
        assertEquals(Optional.of("-Xmx2048m"), LocalExecutor.workerHeap(3, 8 * GIB));
    }

    @Test
    void clampedBetweenHalfAGibibyteAndTheLaunchersDefault() {
        assertEquals(Optional.of("-Xmx4096m"), LocalExecutor.workerHeap(1, 64 * GIB));
        assertEquals(Optional.of("-Xmx512m"), LocalExecutor.workerHeap(16, 4 * GIB));
    }

    @Test
    void unknownMemoryLeavesTheLauncherDefault() {
        assertEquals(Optional.empty(), LocalExecutor.workerHeap(2, 0));
    }

    @Test
    void thisMachinesMemoryIsRead() {
        long bytes = LocalExecutor.physicalMemoryBytes();
        // Linux machines (CI, the lab's workstations) have /proc/meminfo; its MemTotal is at least 256 MiB
        assertTrue(bytes > 256L * 1024 * 1024, "MemTotal read from /proc/meminfo: " + bytes);
    }
}
