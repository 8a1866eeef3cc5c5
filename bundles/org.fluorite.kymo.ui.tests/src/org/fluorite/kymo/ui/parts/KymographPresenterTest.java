package org.fluorite.kymo.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.bluelake.BluelakeData;
import org.fluorite.io.bluelake.BluelakeImporter;
import org.fluorite.kymo.KymographFile;
import org.fluorite.kymo.ui.KymographView;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** Which data the kymograph part takes, and what it shows of an imported Bluelake file. */
class KymographPresenterTest {

    static Path file() {
        return TestData.fixture("org.fluorite.kymo.tests", "kymos.h5");
    }

    @Test
    void presentsBluelakeFilesWithKymographsAndKymographs() throws Exception {
        ImportResult r = new BluelakeImporter().read(file(), ImportOptions.NONE, ProgressMonitor.NONE);
        KymographPresenter p = new KymographPresenter();
        BluelakeData data = r.data().stream().filter(d -> d instanceof BluelakeData).map(d -> (BluelakeData) d).findFirst()
                .orElseThrow();
        assertTrue(p.canPresent(data));
        assertTrue(p.canPresent(KymographFile.open(file(), "kymo_a")));
        for (DataObject d : r.data()) {
            if (!(d instanceof BluelakeData)) {
                assertFalse(p.canPresent(d), d.kind());
            }
        }
        assertEquals(KymographPart.DESCRIPTOR_ID, p.partDescriptorId());
        assertEquals(10, p.priority());
    }

    @Test
    void theFileShowsItsFirstKymographAndForceChannels() throws Exception {
        TestData.assumeDisplay();
        ImportResult r = new BluelakeImporter().read(file(), ImportOptions.NONE, ProgressMonitor.NONE);
        BluelakeData data = (BluelakeData) r.data().stream().filter(d -> d instanceof BluelakeData).findFirst().orElseThrow();
        Shell shell = new Shell(Display.getDefault());
        try {
            shell.setLayout(new FillLayout());
            KymographView view = new KymographView(shell, SWT.NONE, Runnable::run);
            KymographPart.show(view, data);
            assertEquals(data.kymographs().get(0).name(), view.current().name());
            assertTrue(view.forceCanvas().trace() != null, "the first force channel is averaged per line");
        } finally {
            shell.dispose();
        }
    }
}
