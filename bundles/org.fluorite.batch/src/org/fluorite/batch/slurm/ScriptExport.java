package org.fluorite.batch.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.worker.WorkerLauncher;

/**
 * "Export shell scripts": one bash script per item, {@code UUID.sh}, to run it on a cluster with
 * {@code sbatch UUID.sh} (the #SBATCH lines) or by hand with {@code bash UUID.sh}.
 */
public final class ScriptExport {

    private ScriptExport() {
    }

    /** Writes the script of every item of the batch; returns their paths in batch order. */
    public static List<Path> write(Batch batch, Path outDir, WorkerLauncher launcher, List<String> sbatchOptions) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (BatchItem item : batch.items()) {
            Path f = outDir.resolve(item.uuid() + ".sh");
            Files.writeString(f, SlurmScripts.script(batch, List.of(item), launcher, sbatchOptions), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: run the script with bash
            }
            written.add(f);
        }
        return written;
    }
}
