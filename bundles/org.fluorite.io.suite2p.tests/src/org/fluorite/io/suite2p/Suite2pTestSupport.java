package org.fluorite.io.suite2p;

import java.io.IOException;
import java.nio.file.Path;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.caiman.SourceExtraction;
import org.fluorite.testing.TestData;

/** Shared helpers of the suite2p tests. */
final class Suite2pTestSupport {

    private Suite2pTestSupport() {
    }

    /** The real suite2p output of the FISSA example (a flat folder of .npy files). */
    static Path realFolder() {
        return TestData.file("suite2p_fissa_example/F.npy").getParent();
    }

    /** The synthetic folder of scripts/make_suite2p_fixture.py (holding plane0/ and plane1/). */
    static Path syntheticRoot() {
        return TestData.fixture("org.fluorite.io.suite2p.tests", "suite2p_synthetic");
    }

    static ImportResult read(Path path, ImportOptions options) throws IOException {
        return new Suite2pImporter().read(path, options, ProgressMonitor.NONE);
    }

    static SourceExtraction result(Path path, ImportOptions options) throws IOException {
        return (SourceExtraction) read(path, options).data().get(0);
    }
}
