package org.fluorite.roi.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.Message;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.roi.traces.TraceCsv;
import org.fluorite.roi.traces.TraceTable;

/**
 * The ROI manager's files, through the {@link FormatRegistry}: ImageJ RoiSet zips in and out,
 * ROIs from source extraction results (CaImAn, suite2p) in, and traces out as CSV. Blocking; call
 * from a background job.
 */
public final class RoiFiles {

    /** Importer of ImageJ .roi files and RoiSet zips. */
    public static final String IMAGEJ_IMPORTER = "fluorite.imagej.roi";
    /** Exporter of ImageJ RoiSet zips. */
    public static final String IMAGEJ_EXPORTER = "fluorite.imagej.roiset";

    /**
     * ROIs read from a file, and what the user should know (e.g. an image size that differs from
     * the movie's).
     */
    public record Loaded(RoiSet rois, List<String> warnings) {
    }

    private final FormatRegistry registry;

    public RoiFiles(FormatRegistry registry) {
        this.registry = registry;
    }

    /** Reads an ImageJ .roi file or RoiSet zip with the ImageJ importer. */
    public Loaded readImageJ(Path file, int movieWidth, int movieHeight, ProgressMonitor monitor) throws IOException {
        Importer importer = registry.importer(IMAGEJ_IMPORTER).orElseThrow(
                () -> new ImportException(file, "cannot be read: the ImageJ ROI importer (" + IMAGEJ_IMPORTER + ") is not installed"));
        return loaded(file, registry.read(importer, file, ImportOptions.NONE, monitor), movieWidth, movieHeight);
    }

    /**
     * Reads the ROIs of a source extraction result (a CaImAn HDF5 file, a suite2p folder or
     * stat.npy, or anything else a registered importer turns into a ROI set).
     */
    public Loaded readSources(Path fileOrFolder, int movieWidth, int movieHeight, ProgressMonitor monitor)
            throws IOException {
        return loaded(fileOrFolder, registry.open(fileOrFolder, ImportOptions.NONE, monitor), movieWidth, movieHeight);
    }

    private static Loaded loaded(Path file, ImportResult result, int movieWidth, int movieHeight) throws IOException {
        RoiSet set = null;
        for (DataObject d : result.data()) {
            if (set == null && d instanceof RoiSet r) {
                set = r;
            } else if (d instanceof Image img) {
                img.close(); // the ROI manager keeps only the ROIs
            }
        }
        if (set == null) {
            throw new ImportException(file, "holds no ROIs (found " + result.data().stream().map(DataObject::kind).toList() + ")");
        }
        List<String> warnings = new ArrayList<>();
        for (Message m : result.messages()) {
            warnings.add(m.toString());
        }
        String mismatch = sizeMismatch(set, movieWidth, movieHeight);
        if (mismatch != null) {
            warnings.add(file.getFileName() + ": " + mismatch);
        }
        return new Loaded(set, warnings);
    }

    /** Words for a ROI set drawn on an image of another size than the movie's, or null when they agree or are unknown. */
    public static String sizeMismatch(RoiSet set, int movieWidth, int movieHeight) {
        if (set.imageWidth().isEmpty() || set.imageHeight().isEmpty() || movieWidth <= 0) {
            return null;
        }
        int w = set.imageWidth().getAsInt();
        int h = set.imageHeight().getAsInt();
        if (w == movieWidth && h == movieHeight) {
            return null;
        }
        return "the ROIs were made on a " + w + " x " + h + " image, the movie is " + movieWidth + " x " + movieHeight
                + " pixels; they may not line up";
    }

    /** Writes {@code rois} as an ImageJ RoiSet zip. */
    public List<Message> writeImageJ(RoiSet rois, Path target, ProgressMonitor monitor) throws IOException {
        Exporter exporter = registry.exporters().stream().filter(e -> e.id().equals(IMAGEJ_EXPORTER)).findFirst()
                .orElseThrow(() -> new IOException(target + ": cannot be written: the ImageJ RoiSet exporter ("
                        + IMAGEJ_EXPORTER + ") is not installed"));
        return exporter.export(rois, target, ImportOptions.NONE, monitor);
    }

    /**
     * Writes mean traces of {@code rois} over {@code movie} as a traces CSV ({@link TraceCsv}: a
     * frame column, a time column when the movie's frame interval is known, one column per ROI).
     *
     * @param traces traces[roi][frame]
     */
    public static void writeTraces(Path target, Image movie, List<Roi> rois, double[][] traces) throws IOException {
        TraceCsv.write(TraceTable.of(movie, rois, traces), target);
    }
}
