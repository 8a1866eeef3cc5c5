package org.fluorite.kymo.cli;

import static org.fluorite.kymo.KymoFixtures.DT;
import static org.fluorite.kymo.KymoFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.kymo.KymoCalibration;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.KymoFixtures;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.KymographFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kymograph exported as TIFF keeps its calibration: kymo_a has 5 pixels of 100 nm and 25 ms
 * lines whose first sample lies 2 ms after its start; read back with the TIFF importer.
 */
class KymoTiffCalibrationTest {

    @TempDir
    Path dir;

    @Test
    void micrometresPerPixelAndLineTimeSurviveTheCliExport() throws Exception {
        Path tif = dir.resolve("k.tif");
        KymoCommandTest.Run r = KymoCommandTest.run("kymo", KymoCommandTest.file(), "kymo_a", "--channel", "green", "--export",
                tif.toString());
        assertEquals(0, r.exit(), r.err());
        Image img = read(tif);
        // the position calibration is also a TIFF resolution: metres per pixel on Y
        assertEquals("m", img.calibration(Axis.Y).unit());
        assertEquals(1e-7, img.calibration(Axis.Y).size(), 1e-16);
        Map<?, ?> cal = (Map<?, ?>) img.metadata().asMap().get(KymoCalibration.KEY);
        Map<?, ?> x = (Map<?, ?>) cal.get("x");
        Map<?, ?> y = (Map<?, ?>) cal.get("y");
        assertEquals("s", x.get("unit"));
        assertEquals(0.025, ((Number) x.get("size")).doubleValue(), 1e-15);
        assertEquals("time", x.get("axis"));
        assertEquals("um", y.get("unit"));
        assertEquals(0.1, ((Number) y.get("size")).doubleValue(), 1e-15);
        assertEquals(0.025, ((Number) img.metadata().asMap().get(KymoCalibration.LINE_TIME)).doubleValue(), 1e-15);
        assertEquals(START + 2 * DT, ((Number) img.metadata().asMap().get(KymoCalibration.START_PIXEL)).longValue());
        // line 7 starts at sample 177 and its 5 pixels of 4 samples end one sample after 196
        assertEquals(START + 197 * DT, ((Number) img.metadata().asMap().get(KymoCalibration.STOP_PIXEL)).longValue());
        // and the axes come back from the metadata
        Image restored = KymoCalibration.restore(img);
        // the first line starts 2 ms after the kymograph's start
        assertEquals(new Calibration(0.025, "s", 0.002), restored.calibration(Axis.X));
        assertEquals("m", restored.calibration(Axis.Y).unit());
        assertEquals(1e-7, restored.calibration(Axis.Y).size(), 1e-16);
        assertEquals(KymoFixtures.greenA(3, 6), img.plane().get(6, 3), 0);
    }

    @Test
    void kilobasePairsPerPixelSurviveAfterCalibration() throws Exception {
        Path tif = dir.resolve("kbp.tif");
        // pixels 1..3, 30 kbp over the 3 pixels: 10 kbp per pixel
        KymoCommandTest.Run r = KymoCommandTest.run("kymo", KymoCommandTest.file(), "kymo_a", "--crop", "0.15:0.35", "--kbp", "30",
                "--channel", "red", "--export", tif.toString());
        assertEquals(0, r.exit(), r.err());
        Image img = read(tif);
        Map<?, ?> y = (Map<?, ?>) ((Map<?, ?>) img.metadata().asMap().get(KymoCalibration.KEY)).get("y");
        assertEquals("kbp", y.get("unit"));
        assertEquals(10.0, ((Number) y.get("size")).doubleValue(), 1e-12);
        assertEquals("kbp", img.metadata().asMap().get("position_unit"));
        Image restored = KymoCalibration.restore(img);
        assertEquals(new Calibration(10.0, "kbp", 0), restored.calibration(Axis.Y));
        assertEquals("s", restored.calibration(Axis.X).unit());
        assertEquals(0.025, restored.calibration(Axis.X).size(), 1e-15);
        assertEquals(0.002, restored.calibration(Axis.X).origin(), 1e-15);
        assertEquals(3, img.height());
        assertEquals(KymoFixtures.redA(1, 4), img.plane().get(4, 0), 0);
    }

    @Test
    void theImageTheViewerExportsCarriesTheSameCalibration() throws Exception {
        // the part opens Kymograph.image(channel) in a viewer; File > Export Image writes it with the TIFF exporter
        Kymograph k = KymographFile.open(KymoFixtures.kymos(), "kymo_a").downsampledBy(2, 1);
        Image image = k.image(KymoChannel.RGB);
        Path tif = dir.resolve("viewer.tif");
        new TiffExporter().export(image, tif, ImportOptions.NONE, ProgressMonitor.NONE);
        Image back = KymoCalibration.restore(read(tif));
        assertEquals(new Calibration(0.05, "s", 0.002), back.calibration(Axis.X));
        assertEquals(1e-7, back.calibration(Axis.Y).size(), 1e-16);
        assertEquals(3, back.length(Axis.C));
        assertEquals(PixelType.FLOAT64, image.pixelType());
    }

    @Test
    void aSlicedKymographKeepsTheTimeOfItsFirstLine() throws Exception {
        Path tif = dir.resolve("sliced.tif");
        // lines 2 and 3, starting 52 and 77 ms after the kymograph's start
        KymoCommandTest.Run r = KymoCommandTest.run("kymo", KymoCommandTest.file(), "kymo_a", "--time", "30ms:0.1s", "--channel",
                "blue", "--export", tif.toString());
        assertEquals(0, r.exit(), r.err());
        Image back = KymoCalibration.restore(read(tif));
        assertEquals(new Calibration(0.025, "s", 0.052), back.calibration(Axis.X));
        Map<?, ?> x = (Map<?, ?>) ((Map<?, ?>) back.metadata().asMap().get(KymoCalibration.KEY)).get("x");
        assertEquals(0.052, ((Number) x.get("origin")).doubleValue(), 1e-15);
        assertEquals(START + 52 * DT, ((Number) back.metadata().asMap().get(KymoCalibration.START_PIXEL)).longValue());
        assertEquals(2, back.width());
    }

    private static Image read(Path tif) throws Exception {
        return new TiffImporter().read(tif, ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
    }
}
