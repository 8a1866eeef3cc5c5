package org.fluorite.io.tiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.tiff.internal.TiffFile;
import org.fluorite.io.tiff.internal.TiffReader;
import org.osgi.service.component.annotations.Component;

/**
 * Reads TIFF, BigTIFF, ImageJ hyperstacks and OME-TIFF files as lazy images: only the directory
 * of each page is read when the file is opened; pixels are read plane by plane on demand.
 *
 * <p>Axes come from OME-XML (DimensionOrder, SizeZ/C/T), an ImageJ description (channels, slices,
 * frames), a tifffile "shape" description, or the page count ("TYX" for several pages, "YX" for
 * one); samples per pixel (RGB) become a C axis. Calibrations are in metres (X, Y, Z) and
 * seconds (T). A Mesmerize JSON sidecar beside the file ({@code name.json}) or named by
 * {@link ImportOptions#METADATA_FILE} adds origin, fps and date; {@link ImportOptions#AXIS_ORDER}
 * (e.g. "tzxy") renames the plane axes.
 */
@Component(service = Importer.class)
public class TiffImporter implements Importer {

    @Override
    public String id() {
        return TiffReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "TIFF / OME-TIFF / ImageJ";
    }

    @Override
    public List<String> extensions() {
        return List.of("tif", "tiff", "ome.tif", "ome.tiff", "btf", "tf8");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        if (head == null || head.length < 4) {
            return false;
        }
        boolean little = head[0] == 'I' && head[1] == 'I' && head[3] == 0 && (head[2] == 42 || head[2] == 43);
        boolean big = head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43);
        return little || big;
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        try (TiffFile tiff = TiffFile.open(file)) {
            return tiff.firstIfd() != null;
        }
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return TiffReader.read(file, options == null ? ImportOptions.NONE : options,
                monitor == null ? ProgressMonitor.NONE : monitor);
    }
}
