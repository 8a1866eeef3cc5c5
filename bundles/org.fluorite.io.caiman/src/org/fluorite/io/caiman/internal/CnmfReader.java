package org.fluorite.io.caiman.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.io.caiman.SourceExtraction;
import org.fluorite.io.caiman.Traces;
import org.fluorite.io.hdf5.Hdf5File;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads a CaImAn CNMF HDF5 file into a {@link SourceExtraction}.
 *
 * <p>Pixel order: CaImAn flattens a (d1, d2) field of view in column-major (Fortran) order, as
 * its own code does with {@code reshape(dims, order='F')}: flat pixel {@code p} lies in row
 * {@code p % d1} and column {@code p / d1}, where d1 is the first entry of {@code dims} (image
 * height, numpy's first axis) and d2 the image width. ROIs get x = column, y = row.
 */
public final class CnmfReader {

    /** Format id of CaImAn CNMF result files. */
    public static final String FORMAT_ID = "fluorite.caiman";

    private static final String[] TRACES = {"C", "S", "YrA", "F_dff"};
    private static final String[] QUALITY = {"SNR_comp", "r_values", "cnn_preds"};

    private CnmfReader() {
    }

    /** Bound on reading one whole results file (structure, footprints, traces). */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    /** True when the file has a group {@code estimates} holding {@code A}. */
    public static boolean looksLikeCnmf(Path file) {
        try {
            return Hdf5File.using(file, "looking for estimates/A", h5 -> H5Arrays.child(h5.hdf(), "estimates/A") != null);
        } catch (IOException e) {
            // a damaged file is not ours to claim; read() reports why it cannot be read
            return false;
        }
    }

    public static ImportResult read(Path file, ProgressMonitor monitor) throws IOException {
        monitor.begin("Reading CaImAn results " + file.getFileName(), 4);
        try {
            Hdf5File h5 = Hdf5File.open(file, READ_TIMEOUT);
            try {
                return h5.call("reading CaImAn CNMF results",
                        () -> new CnmfReader.Job(file, new H5Arrays(file, h5.length()), h5.hdf(), monitor).run());
            } finally {
                h5.release();
            }
        } finally {
            monitor.done();
        }
    }

    /** One read of one file. */
    private static final class Job {
        private final Path file;
        private final H5Arrays arrays;
        private final HdfFile h5;
        private final ProgressMonitor monitor;
        private final List<Message> messages = new ArrayList<>();

        Job(Path file, H5Arrays arrays, HdfFile h5, ProgressMonitor monitor) {
            this.file = file;
            this.arrays = arrays;
            this.h5 = h5;
            this.monitor = monitor;
        }

        ImportResult run() throws IOException {
            if (!(H5Arrays.child(h5, "estimates") instanceof Group estimates)) {
                throw new ImportException(file, "has no group 'estimates': not a CaImAn CNMF results file");
            }
            int[] dims = dims(estimates);
            int d1 = dims[0];
            int d2 = dims[1];
            long pixels = (long) d1 * d2;
            Map<String, Object> params = H5Arrays.child(h5, "params") instanceof Group g ? H5Metadata.of(g) : Map.of();
            double fr = frameRate(params);

            SparseColumns a = footprints(estimates, pixels);
            int k = a.columns();
            monitor.worked(1);
            monitor.checkCancelled();

            int[] accepted = indexList(estimates, "idx_components", k);
            Map<String, Object> provParams = new LinkedHashMap<>();
            provParams.put("file", file.toString());
            provParams.put("pixelOrder", "column-major (Fortran) over dims");
            Provenance prov = Provenance.EMPTY.then(Operation.of("import.caiman", provParams));

            List<Roi> rois = new ArrayList<>();
            boolean[] isAccepted = new boolean[k];
            if (accepted != null) {
                for (int i : accepted) {
                    isAccepted[i] = true;
                }
            }
            for (int c = 0; c < k; c++) {
                RoiProperties props = RoiProperties.named("roi_" + c).withTag("cnmf_idx", String.valueOf(c));
                if (accepted != null) {
                    props = props.withTag("accepted", String.valueOf(isAccepted[c]));
                }
                rois.add(a.mask(c, d1, props));
            }
            Map<String, Object> roiMeta = new LinkedHashMap<>();
            Map<String, Object> quality = new LinkedHashMap<>();
            for (String q : QUALITY) {
                if (H5Arrays.dataset(estimates, q) instanceof Dataset d && d.getSize() == k && !d.isCompound()) {
                    quality.put(q, H5Metadata.json(arrays.doubles(d, "estimates/" + q)));
                }
            }
            if (!quality.isEmpty()) {
                roiMeta.put("componentQuality", quality);
            }
            RoiSet roiSet = new RoiSet(file.getFileName() + " footprints", rois).withImageSize(d2, d1)
                    .withMetadata(Metadata.of(roiMeta)).withProvenance(prov);
            monitor.worked(1);

            List<Table> traces = new ArrayList<>();
            int frames = -1;
            for (String name : TRACES) {
                double[][] m = matrix(estimates, name, k, "components");
                if (m != null) {
                    frames = checkFrames(frames, m, name);
                    traces.add(Traces.of(name, m, "", fr, Metadata.of(Map.of("source", "estimates/" + name)), prov));
                }
            }
            double[][] f = matrix(estimates, "f", -1, "background components");
            if (f != null) {
                frames = checkFrames(frames, f, "f");
                traces.add(Traces.of("f", f, "background_", "", fr, Metadata.of(Map.of("source", "estimates/f")), prov));
            }
            monitor.worked(1);
            List<Image> images = background(estimates, d1, d2, prov);
            monitor.worked(1);

            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put(Metadata.ORIGIN, "CaImAn");
            if (fr > 0) {
                meta.put(Metadata.FPS, fr);
            }
            meta.put("dims", List.of(d1, d2));
            meta.put("pixelOrder", "F");
            if (accepted != null) {
                List<Integer> idx = new ArrayList<>();
                for (int i : accepted) {
                    idx.add(i);
                }
                meta.put("idx_components", idx);
            }
            if (!params.isEmpty()) {
                meta.put("params", params);
            }
            if (frames < 0) {
                messages.add(Message.warning("The file holds no temporal traces (estimates/C is missing)"));
                frames = 0;
            }
            String name = file.getFileName().toString();
            SourceExtraction result = new SourceExtraction(name, roiSet, traces, images, frames,
                    accepted == null ? -1 : accepted.length, Metadata.of(meta), prov);
            return new ImportResult(FORMAT_ID, result.dataObjects(), messages);
        }

        private int checkFrames(int frames, double[][] m, String name) throws ImportException {
            int t = m.length == 0 ? 0 : m[0].length;
            if (frames >= 0 && t != frames) {
                throw new ImportException(file, "estimates/" + name + " has " + t + " frames, the other traces " + frames);
            }
            return t;
        }

        private int[] dims(Group estimates) throws ImportException {
            Dataset d = H5Arrays.dataset(estimates, "dims");
            if (d == null) {
                d = H5Arrays.dataset(h5, "dims");
            }
            if (d == null) {
                throw new ImportException(file, "has no 'estimates/dims': the image size of the footprints is unknown");
            }
            long[] v = arrays.longs(d, "estimates/dims");
            if (v.length == 3) {
                throw new ImportException(file, "holds 3-D (volumetric) CNMF results (dims " + v[0] + "x" + v[1] + "x" + v[2]
                        + "); Fluorite reads 2-D results only");
            }
            if (v.length != 2 || v[0] < 1 || v[1] < 1 || v[0] > 1 << 20 || v[1] > 1 << 20 || v[0] * v[1] > Integer.MAX_VALUE) {
                throw new ImportException(file, "has unusable estimates/dims " + Arrays.toString(v));
            }
            return new int[] {(int) v[0], (int) v[1]};
        }

        private double frameRate(Map<String, Object> params) {
            if (params.get("data") instanceof Map<?, ?> data && data.get("fr") instanceof Number n && n.doubleValue() > 0) {
                return n.doubleValue();
            }
            return Double.NaN;
        }

        private SparseColumns footprints(Group estimates, long pixels) throws ImportException {
            Node a = H5Arrays.child(estimates, "A");
            if (a instanceof Group g) {
                Dataset data = H5Arrays.dataset(g, "data");
                Dataset indices = H5Arrays.dataset(g, "indices");
                Dataset indptr = H5Arrays.dataset(g, "indptr");
                Dataset shape = H5Arrays.dataset(g, "shape");
                if (data == null || indices == null || indptr == null || shape == null) {
                    throw new ImportException(file, "estimates/A lacks one of data, indices, indptr, shape");
                }
                long[] sh = arrays.longs(shape, "estimates/A/shape");
                if (sh.length != 2 || sh[0] != pixels || sh[1] < 0 || sh[1] > 1 << 24) {
                    throw new ImportException(file, "estimates/A has shape " + Arrays.toString(sh) + ", expected ("
                            + pixels + ", components)");
                }
                return SparseColumns.of(file, arrays.doubles(data, "estimates/A/data"), arrays.longs(indices, "estimates/A/indices"),
                        arrays.longs(indptr, "estimates/A/indptr"), pixels, (int) sh[1], "estimates/A");
            }
            if (a instanceof Dataset d) {
                long[] sh = arrays.checkedShape(d, "estimates/A");
                if (sh.length != 2 || sh[0] != pixels) {
                    throw new ImportException(file, "estimates/A has shape " + Arrays.toString(sh) + ", expected ("
                            + pixels + ", components)");
                }
                return SparseColumns.fromDense(arrays.doubles(d, "estimates/A"), (int) sh[0], (int) sh[1]);
            }
            throw new ImportException(file, "has no estimates/A (the spatial footprints)");
        }

        /** Indices into the components, or null when absent (CaImAn writes "NoneType"). */
        private int[] indexList(Group estimates, String name, int k) throws ImportException {
            Dataset d = H5Arrays.dataset(estimates, name);
            if (d == null || d.getJavaType() == String.class || d.isCompound()) {
                return null;
            }
            long[] v = arrays.longs(d, "estimates/" + name);
            int[] out = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                if (v[i] < 0 || v[i] >= k) {
                    throw new ImportException(file, "estimates/" + name + " names component " + v[i] + " of " + k);
                }
                out[i] = (int) v[i];
            }
            return out;
        }

        /** A 2-D dataset as rows, or null when absent; {@code rows} < 0 accepts any row count. */
        private double[][] matrix(Group estimates, String name, int rows, String rowWord) throws ImportException {
            Dataset d = H5Arrays.dataset(estimates, name);
            if (d == null || d.getJavaType() == String.class || d.isCompound()) {
                return null;
            }
            String what = "estimates/" + name;
            long[] sh = arrays.checkedShape(d, what);
            if (sh.length == 1 && rows == 1) {
                sh = new long[] {1, sh[0]};
            }
            if (sh.length != 2 || (rows >= 0 && sh[0] != rows)) {
                throw new ImportException(file, what + " has shape " + Arrays.toString(d.getDimensionsAsLong()) + ", expected ("
                        + (rows >= 0 ? rows : "n") + " " + rowWord + ", frames)");
            }
            double[] flat = arrays.doubles(d, what);
            int r = (int) sh[0];
            int t = (int) sh[1];
            double[][] out = new double[r][t];
            for (int i = 0; i < r; i++) {
                System.arraycopy(flat, i * t, out[i], 0, t);
            }
            return out;
        }

        private List<Image> background(Group estimates, int d1, int d2, Provenance prov) throws ImportException {
            Dataset d = H5Arrays.dataset(estimates, "b");
            List<Image> out = new ArrayList<>();
            if (d == null || d.getJavaType() == String.class || d.isCompound()) {
                return out;
            }
            long pixels = (long) d1 * d2;
            long[] sh = arrays.checkedShape(d, "estimates/b");
            if (sh.length == 1 && sh[0] == pixels) {
                sh = new long[] {pixels, 1};
            }
            if (sh.length != 2 || sh[0] != pixels) {
                messages.add(Message.warning("estimates/b has shape " + Arrays.toString(sh) + ", not (" + pixels
                        + ", components): the background images were skipped"));
                return out;
            }
            double[] flat = arrays.doubles(d, "estimates/b");
            int nb = (int) sh[1];
            for (int c = 0; c < nb; c++) {
                double[] plane = new double[(int) pixels];
                for (long p = 0; p < pixels; p++) {
                    int row = (int) (p % d1);
                    int col = (int) (p / d1);
                    plane[row * d2 + col] = flat[(int) (p * nb + c)];
                }
                Image im = Image.of("b_" + c, new Plane(PixelType.FLOAT64, d2, d1, plane))
                        .withMetadata(Metadata.of(Map.of("source", "estimates/b", "component", c))).withProvenance(prov);
                out.add(im);
            }
            return out;
        }
    }
}
