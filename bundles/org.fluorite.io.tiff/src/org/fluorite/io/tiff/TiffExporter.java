package org.fluorite.io.tiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.fluorite.io.tiff.internal.ImageJTiffWriter;
import org.fluorite.io.tiff.internal.TiffReader;
import org.osgi.service.component.annotations.Component;

/**
 * Writes images as ImageJ-compatible TIFF hyperstacks (uncompressed, one strip per plane, channel
 * fastest, then Z, then T), with pixel size in microns, Z spacing and frame interval in seconds
 * taken from the image's calibration. 8, 16 and 32-bit integers and 32-bit floats are written
 * as they are (signed types with SampleFormat 2); 64-bit floats are written as 32-bit floats with
 * a message. Files larger than 4 GB, or with the option {@code bigtiff=true}, are BigTIFF. Planes
 * are read from the image one at a time, so images larger than memory can be written.
 */
@Component(service = Exporter.class)
public class TiffExporter implements Exporter {

    /** Option forcing BigTIFF ("true") or forbidding it ("false"). */
    public static final String BIGTIFF = ImageJTiffWriter.BIGTIFF;

    @Override
    public String id() {
        return TiffReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "TIFF (ImageJ hyperstack)";
    }

    @Override
    public List<String> extensions() {
        return List.of("tif", "tiff");
    }

    @Override
    public boolean canExport(DataObject data) {
        return data instanceof Image;
    }

    @Override
    public List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        if (!(data instanceof Image image)) {
            throw new IllegalArgumentException("The TIFF exporter writes images, not " + data.kind());
        }
        return ImageJTiffWriter.write(image, target, options == null ? ImportOptions.NONE : options,
                monitor == null ? ProgressMonitor.NONE : monitor);
    }
}
