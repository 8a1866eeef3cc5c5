package org.fluorite.io.imagej;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.fluorite.io.imagej.internal.RoiEncoder;
import org.fluorite.io.imagej.internal.RoiFormatException;
import org.fluorite.io.imagej.internal.RoiZip;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a {@link RoiSet} as an ImageJ RoiSet zip (one .roi entry per ROI, named after the ROI),
 * or a single ROI as a .roi file, in the layout ImageJ 1.52 and later read. Pixel masks cannot be
 * written: ImageJ has no ROI type for them.
 */
@Component(service = Exporter.class)
public class ImageJRoiExporter implements Exporter {

    public static final String FORMAT_ID = "fluorite.imagej.roiset";

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "ImageJ RoiSet zip";
    }

    @Override
    public List<String> extensions() {
        return List.of("zip", "roi");
    }

    @Override
    public boolean canExport(DataObject data) {
        return data instanceof RoiSet;
    }

    @Override
    public List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        if (!(data instanceof RoiSet set)) {
            throw new IllegalArgumentException("The ImageJ ROI exporter writes ROI sets, not " + data.kind());
        }
        boolean single = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".roi");
        if (single && set.size() != 1) {
            throw new IOException(target + ": a .roi file holds one ROI, the set has " + set.size()
                    + "; save as a .zip instead");
        }
        List<String> names = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        for (Roi roi : set.rois()) {
            try {
                encoded.add(RoiEncoder.encode(roi));
            } catch (RoiFormatException e) {
                throw new IOException(target + ": " + e.getMessage(), e);
            }
            names.add(roi.name());
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (single) {
                    out.write(encoded.get(0));
                } else {
                    RoiZip.write(out, names, encoded);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return List.of();
    }
}
