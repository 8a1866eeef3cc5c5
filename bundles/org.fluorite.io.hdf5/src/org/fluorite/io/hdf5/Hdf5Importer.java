package org.fluorite.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Reads any HDF5 file: first its structure as an {@link Hdf5Tree} (the HDF5 browser), then a lazy
 * {@link Image} for every 2-D (YX) and 3-D (TYX) numeric dataset and a {@link Table} for every
 * compound and 1-D dataset, in file order, at most {@value #MAX_OBJECTS} of them and at most
 * {@value #MAX_TABLE_MIB} MiB of tables; a message names what was left for the browser. A
 * dataset that cannot be read becomes a warning, the others still open.
 *
 * <p>Generic: format readers of specific layouts inside HDF5 (flimage, PYME, Bluelake, ...) have
 * a higher {@link #priority()} and win. Option {@value #TIMEOUT_OPTION} bounds each read in
 * seconds (default 60).
 */
@Component(service = Importer.class)
public class Hdf5Importer implements Importer {

    public static final String FORMAT_ID = "fluorite.hdf5";
    /** Option: seconds a single read (structure, one plane) may take before the file is reported as damaged. */
    public static final String TIMEOUT_OPTION = "hdf5.timeoutSeconds";
    /** Images and tables returned at most beside the tree. */
    public static final int MAX_OBJECTS = 50;
    /** Tables read at most at open (MiB); larger ones are opened from the browser. */
    public static final int MAX_TABLE_MIB = 256;

    static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "HDF5 (generic)";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5", "hdf5", "hdf", "he5", "h5r", "nc");
    }

    @Override
    public int priority() {
        return GENERIC;
    }

    /**
     * True for the HDF5 signature at offset 0, and for a full head of a file with an HDF5
     * extension, whose signature may follow a user block (checked by {@link #sniff}).
     */
    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        if (head == null) {
            return false;
        }
        if (startsWithSignature(head, 0)) {
            return true;
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return head.length >= 512 && extensions().stream().anyMatch(e -> lower.endsWith("." + e));
    }

    /** The signature at offset 0 or after a user block of 512, 1024, 2048, ... bytes. */
    @Override
    public boolean sniff(Path file) throws IOException {
        return signatureOffset(file) >= 0;
    }

    /** Offset of the superblock signature, -1 when the file has none. */
    static long signatureOffset(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer b = ByteBuffer.allocate(SIGNATURE.length);
            for (long at = 0; at + SIGNATURE.length <= size; at = at == 0 ? 512 : at * 2) {
                b.clear();
                while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
                    // read the eight bytes
                }
                if (!b.hasRemaining() && startsWithSignature(b.array(), 0)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static boolean startsWithSignature(byte[] head, int at) {
        return Hdf5File.hasSignature(head, at);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        ImportOptions opts = options == null ? ImportOptions.NONE : options;
        ProgressMonitor pm = monitor == null ? ProgressMonitor.NONE : monitor;
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "file not found");
        }
        if (signatureOffset(file) < 0) {
            throw new ImportException(file, "not an HDF5 file (no HDF5 signature at the start or after a user block)");
        }
        Hdf5File hdf = Hdf5File.open(file, timeout(file, opts));
        List<DataObject> data = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        try {
            pm.begin("Reading " + file.getFileName(), -1);
            Hdf5Tree tree = Hdf5Tree.read(hdf, pm);
            data.add(tree);
            if (tree.isTruncated()) {
                messages.add(Message.warning("The file has more than " + org.fluorite.io.hdf5.internal.TreeReader.MAX_NODES
                        + " objects; only the first are listed"));
            }
            openDatasets(hdf, tree, pm, data, messages);
            return new ImportResult(FORMAT_ID, data, messages);
        } catch (IOException | RuntimeException e) {
            closeImages(data);
            throw e;
        } finally {
            hdf.release();
            pm.done();
        }
    }

    private static void openDatasets(Hdf5File hdf, Hdf5Tree tree, ProgressMonitor pm, List<DataObject> data,
            List<Message> messages) {
        int opened = 0;
        long tableBytes = 0;
        List<String> left = new ArrayList<>();
        for (Hdf5Node node : tree.datasets()) {
            if (node.view() == Hdf5Node.View.NONE) {
                continue;
            }
            pm.checkCancelled();
            if (opened >= MAX_OBJECTS) {
                left.add(node.path());
                continue;
            }
            try {
                if (node.view() == Hdf5Node.View.IMAGE) {
                    data.add(Hdf5Datasets.image(hdf, node.path(), node.path(), null));
                } else {
                    long bytes = estimatedBytes(node);
                    if (tableBytes + bytes > (long) MAX_TABLE_MIB << 20) {
                        left.add(node.path());
                        continue;
                    }
                    Table t = Hdf5Datasets.table(hdf, node.path(), node.path());
                    tableBytes += bytes;
                    data.add(t);
                }
                opened++;
            } catch (ImportException e) {
                messages.add(Message.warning(e.problem()));
            }
        }
        if (!left.isEmpty()) {
            messages.add(Message.info(left.size() + " more dataset" + (left.size() == 1 ? " was" : "s were")
                    + " not opened (at most " + MAX_OBJECTS + " datasets and " + MAX_TABLE_MIB
                    + " MiB of tables open at once); open them from the HDF5 browser: " + preview(left)));
        }
    }

    private static long estimatedBytes(Hdf5Node node) {
        long n = 1;
        for (long d : node.dataset().shape()) {
            n = d > 0 && n < Long.MAX_VALUE / Math.max(1, d) ? n * d : Long.MAX_VALUE / 16;
        }
        int columns = Math.max(1, node.dataset().fields().size());
        return n * 8 * columns;
    }

    private static String preview(List<String> paths) {
        return paths.size() <= 5 ? String.join(", ", paths) : String.join(", ", paths.subList(0, 5)) + ", ...";
    }

    private static void closeImages(List<DataObject> data) {
        for (DataObject d : data) {
            if (d instanceof Image im) {
                try {
                    im.close();
                } catch (IOException e) {
                    // already failing; the first error is the one reported
                }
            }
        }
    }

    private static Duration timeout(Path file, ImportOptions options) throws ImportException {
        String value = options.get(TIMEOUT_OPTION).orElse(null);
        if (value == null) {
            return Hdf5File.DEFAULT_TIMEOUT;
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            if (!(seconds > 0)) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis((long) Math.ceil(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new ImportException(file, "option " + TIMEOUT_OPTION + " must be a positive number of seconds, was '"
                    + value + "'");
        }
    }
}
