package org.fluorite.kymo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.io.ImportException;
import org.fluorite.io.bluelake.BluelakeFile;
import org.fluorite.io.bluelake.ConfocalItem;
import org.fluorite.io.bluelake.ScanMetadata;
import org.fluorite.kymo.internal.Reconstructed;
import org.fluorite.kymo.internal.Reconstruction;

/**
 * Confocal scans of a Bluelake file as images for the viewer: the photon counts rebuilt like a
 * kymograph's (one line per scan of the fast axis), lines stacked into frames of the slow axis.
 * The image has axes "TCYX" (frames; red, green, blue; slow axis; fast axis), float64 photon
 * counts, and X and Y calibrated in metres from the scan's pixel sizes.
 */
public final class ConfocalScan {

    private ConfocalScan() {
    }

    /** Names of the confocal scans of a file. */
    public static List<String> names(BluelakeFile f) {
        return f.scans().stream().map(ConfocalItem::name).toList();
    }

    public static Image open(Path file, String name) throws IOException {
        try (BluelakeFile f = BluelakeFile.open(file)) {
            return open(f, name);
        }
    }

    /**
     * Rebuilds scan {@code name}; a scan without a frame count in the file gets as many frames
     * as its pixels fill (the last one padded with zeros).
     *
     * @throws ImportException naming the file when there is no such scan or it has fewer than two axes
     */
    public static Image open(BluelakeFile f, String name) throws IOException {
        ConfocalItem item = f.scans().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new ImportException(f.path(), "has no confocal scan '" + name + "'; it has " + names(f)));
        ScanMetadata scan = item.scan();
        if (scan.axes().size() < 2) {
            throw new ImportException(f.path(), "scan '" + name + "' has " + scan.axes().size() + " axes; a kymograph has one, an image two");
        }
        ScanMetadata.ScanAxis fast = scan.axes().get(0);
        ScanMetadata.ScanAxis slow = scan.axes().get(1);
        if (fast.pixels() < 1 || slow.pixels() < 1 || fast.pixels() * slow.pixels() > Reconstruction.MAX_PIXELS) {
            throw new ImportException(f.path(), "scan '" + name + "' claims " + fast.pixels() + " x " + slow.pixels() + " pixels");
        }
        Reconstructed r = Reconstruction.read(f, name, item.startNs(), item.stopNs(), (int) fast.pixels());
        int width = (int) fast.pixels();
        int height = (int) slow.pixels();
        int frames = (int) Math.max(1, (r.lines() + height - 1) / height);
        if (scan.scanCount() > 0 && scan.scanCount() < frames) {
            frames = (int) scan.scanCount();
        }
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            for (int c = 0; c < 3; c++) {
                double[] v = new double[width * height];
                for (int y = 0; y < height; y++) {
                    int line = t * height + y;
                    if (line >= r.lines()) {
                        break;
                    }
                    for (int x = 0; x < width; x++) {
                        v[y * width + x] = r.images()[c][x * r.lines() + line];
                    }
                }
                planes.add(new Plane(PixelType.FLOAT64, width, height, v));
            }
        }
        Image image = Image.create(name, new ArrayPlaneSource(planes), "TCYX", frames, 3, height, width);
        image = image.withCalibration(Axis.X, Calibration.metres(fast.pixelSizeUm() * 1e-6))
                .withCalibration(Axis.Y, Calibration.metres(slow.pixelSizeUm() * 1e-6));
        double frameSeconds = r.lineTimeSeconds() * height;
        if (frames > 1 && frameSeconds > 0) {
            image = image.withCalibration(Axis.T, Calibration.seconds(frameSeconds));
        }
        return image.withMetadata(Metadata.of(Map.of("scan", item.json(), "start", item.startNs(), "stop", item.stopNs(),
                "fast_axis", fast.axisName().toUpperCase(java.util.Locale.ROOT), "channels", List.of("red", "green", "blue")))
                .with(Metadata.ORIGIN, f.path().toString()))
                .withProvenance(Provenance.EMPTY.then(Operation.of("import.bluelake", Map.of("file", f.path().toString(), "scan", name))));
    }
}
