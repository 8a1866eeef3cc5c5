package org.fluorite.io.suite2p;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.io.caiman.SourceExtraction;
import org.fluorite.io.caiman.Traces;
import org.fluorite.io.suite2p.npy.NdArray;
import org.fluorite.io.suite2p.npy.NpyFile;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;

/**
 * Reads one plane folder of suite2p output into a {@link SourceExtraction}. ROI {@code i} is
 * {@code stat[i]}: pixels {@code xpix} (column), {@code ypix} (row) with weights {@code lam}; its
 * tags are {@code iscell} ("true"/"false") and {@code probability} (the classifier's
 * probability) from {@code iscell.npy}. Trace tables have one row per frame and a time column
 * (frame / ops["fs"], seconds) when the sampling rate is known.
 */
public final class Suite2pReader {

    /** Format id of suite2p output folders. */
    public static final String FORMAT_ID = "fluorite.suite2p";
    /** Option key of the neuropil factor: the corrected trace is F - factor x Fneu. */
    public static final String NEUROPIL_FACTOR = "neuropilFactor";
    /** Neuropil factor used when the option is not given (Mesmerize's and suite2p's default). */
    public static final double DEFAULT_NEUROPIL_FACTOR = 0.7;
    /** Name of the neuropil-corrected trace table. */
    public static final String CORRECTED = "F_neuropil_corrected";

    private static final List<String> IMAGES = List.of("meanImg", "refImg", "meanImgE", "max_proj", "Vcorr");
    private static final int MAX_LIST = 64;

    private Suite2pReader() {
    }

    /**
     * The folder holding F.npy and stat.npy for {@code path}: the path itself, its {@code plane0}
     * subfolder, or the folder of a file; null when there is none.
     */
    public static Path planeFolder(Path path) {
        if (Files.isRegularFile(path)) {
            Path parent = path.toAbsolutePath().getParent();
            return parent != null && isPlane(parent) ? parent : null;
        }
        if (isPlane(path)) {
            return path;
        }
        Path plane0 = path.resolve("plane0");
        return isPlane(plane0) ? plane0 : null;
    }

    private static boolean isPlane(Path dir) {
        return Files.isRegularFile(dir.resolve("F.npy")) && Files.isRegularFile(dir.resolve("stat.npy"));
    }

    public static ImportResult read(Path path, ImportOptions options, ProgressMonitor monitor) throws IOException {
        Path folder = planeFolder(path);
        if (folder == null) {
            throw new ImportException(path, "is not a suite2p output folder (F.npy and stat.npy are missing)");
        }
        double factor = neuropilFactor(path, options);
        monitor.begin("Reading suite2p output " + folder, 6);
        try {
            return new Suite2pReader.Job(path, folder, factor, monitor).run();
        } finally {
            monitor.done();
        }
    }

    private static double neuropilFactor(Path path, ImportOptions options) throws ImportException {
        String text = options.get(NEUROPIL_FACTOR).orElse(null);
        if (text == null) {
            return DEFAULT_NEUROPIL_FACTOR;
        }
        try {
            double f = Double.parseDouble(text.trim());
            if (Double.isFinite(f)) {
                return f;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException(path, "the option " + NEUROPIL_FACTOR + "=" + text + " is not a number (e.g. 0.7)");
    }

    /** One read of one folder. */
    private static final class Job {
        private final Path path;
        private final Path folder;
        private final double factor;
        private final ProgressMonitor monitor;
        private final List<Message> messages = new ArrayList<>();

        Job(Path path, Path folder, double factor, ProgressMonitor monitor) {
            this.path = path;
            this.folder = folder;
            this.factor = factor;
            this.monitor = monitor;
        }

        ImportResult run() throws IOException {
            Path fFile = folder.resolve("F.npy");
            NdArray f = traces(fFile, -1, -1);
            int n = (int) f.shape()[0];
            int frames = (int) f.shape()[1];
            NdArray fneu = optional("Fneu.npy") ? traces(folder.resolve("Fneu.npy"), n, frames) : null;
            NdArray spks = optional("spks.npy") ? traces(folder.resolve("spks.npy"), n, frames) : null;
            monitor.worked(1);
            Map<String, Object> ops = ops();
            monitor.worked(1);
            double[][] iscell = iscell(n);
            List<Object> stat = stat(n);
            monitor.worked(1);
            monitor.checkCancelled();

            double fs = ops.get("fs") instanceof Number x && x.doubleValue() > 0 ? x.doubleValue() : Double.NaN;
            Map<String, Object> provParams = new LinkedHashMap<>();
            provParams.put("file", folder.toString());
            provParams.put(NEUROPIL_FACTOR, factor);
            Provenance prov = Provenance.EMPTY.then(Operation.of("import.suite2p", provParams));

            RoiSet rois = rois(stat, iscell, ops, prov);
            monitor.worked(1);

            List<Table> traces = new ArrayList<>();
            double[][] fRows = f.rows();
            traces.add(Traces.of("F", fRows, "", fs, source("F.npy"), prov));
            double[][] fneuRows = fneu == null ? null : fneu.rows();
            if (fneuRows != null) {
                traces.add(Traces.of("Fneu", fneuRows, "", fs, source("Fneu.npy"), prov));
            }
            if (spks != null) {
                traces.add(Traces.of("spks", spks.rows(), "", fs, source("spks.npy"), prov));
            }
            if (fneuRows != null) {
                double[][] corrected = new double[n][frames];
                for (int i = 0; i < n; i++) {
                    for (int t = 0; t < frames; t++) {
                        corrected[i][t] = fRows[i][t] - factor * fneuRows[i][t];
                    }
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", "F.npy - " + NEUROPIL_FACTOR + " * Fneu.npy");
                m.put(NEUROPIL_FACTOR, factor);
                traces.add(Traces.of(CORRECTED, corrected, "", fs, Metadata.of(m), prov));
            } else {
                messages.add(Message.warning("Fneu.npy is missing: no neuropil-corrected traces"));
            }
            monitor.worked(1);

            List<Image> images = images(ops, prov);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put(Metadata.ORIGIN, "suite2p");
            if (fs > 0) {
                meta.put(Metadata.FPS, fs);
            }
            meta.put(NEUROPIL_FACTOR, factor);
            meta.put("ops", opsMetadata(ops));
            otherPlanes();
            int accepted = -1;
            if (iscell != null) {
                accepted = 0;
                for (double[] row : iscell) {
                    accepted += row[0] != 0 ? 1 : 0;
                }
            }
            monitor.worked(1);
            SourceExtraction result = new SourceExtraction(folder.getFileName() == null ? folder.toString()
                    : folder.getFileName().toString(), rois, traces, images, frames, accepted, Metadata.of(meta), prov);
            return new ImportResult(FORMAT_ID, result.dataObjects(), messages);
        }

        private Metadata source(String file) {
            return Metadata.of(Map.of("source", file));
        }

        private boolean optional(String name) {
            return Files.isRegularFile(folder.resolve(name));
        }

        private NdArray traces(Path file, int n, int frames) throws IOException {
            NdArray a = NpyFile.read(file);
            long[] s = a.shape();
            if (s.length != 2 || a.dtype().isObject() || s[0] > Integer.MAX_VALUE || s[1] > Integer.MAX_VALUE) {
                throw new ImportException(file, "holds " + a + ", not a (ROIs, frames) array of numbers");
            }
            if (n >= 0 && (s[0] != n || s[1] != frames)) {
                throw new ImportException(file, "has shape " + Arrays.toString(s) + ", F.npy has (" + n + ", " + frames + ")");
            }
            return a;
        }

        private double[][] iscell(int n) throws IOException {
            if (!optional("iscell.npy")) {
                return null;
            }
            Path file = folder.resolve("iscell.npy");
            NdArray a = NpyFile.read(file);
            long[] s = a.shape();
            if (a.dtype().isObject() || s.length == 0 || s[0] != n || s.length > 2 || (s.length == 2 && s[1] < 1)) {
                throw new ImportException(file, "holds " + a + ", expected (" + n + ", 2) flags and probabilities");
            }
            double[][] out = new double[n][2];
            for (int i = 0; i < n; i++) {
                out[i][0] = s.length == 1 ? a.get(i) : a.get(i, 0);
                out[i][1] = s.length == 2 && s[1] > 1 ? a.get(i, 1) : Double.NaN;
            }
            return out;
        }

        private List<Object> stat(int n) throws IOException {
            Path file = folder.resolve("stat.npy");
            NdArray a = NpyFile.read(file);
            if (!a.dtype().isObject() || a.ndim() != 1 || a.size() != n) {
                throw new ImportException(file, "holds " + a + ", expected " + n + " ROI dicts (one per row of F.npy)");
            }
            return a.objects();
        }

        private Map<String, Object> ops() throws IOException {
            if (!optional("ops.npy")) {
                messages.add(Message.warning("ops.npy is missing: no sampling rate, image size or mean image"));
                return Map.of();
            }
            Path file = folder.resolve("ops.npy");
            NdArray a = NpyFile.read(file);
            if (!a.dtype().isObject() || a.size() != 1 || !(a.objects().get(0) instanceof Map<?, ?> m)) {
                throw new ImportException(file, "does not hold the ops dict");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> ops = (Map<String, Object>) m;
            return ops;
        }

        private RoiSet rois(List<Object> stat, double[][] iscell, Map<String, Object> ops, Provenance prov) throws ImportException {
            Path file = folder.resolve("stat.npy");
            List<Roi> rois = new ArrayList<>();
            List<Object> statistics = new ArrayList<>();
            for (int i = 0; i < stat.size(); i++) {
                if (!(stat.get(i) instanceof Map<?, ?> s)) {
                    throw new ImportException(file, "ROI " + i + " is not a dict");
                }
                int[] xs = pixels(file, s.get("xpix"), i, "xpix");
                int[] ys = pixels(file, s.get("ypix"), i, "ypix");
                float[] w = weights(file, s.get("lam"), i, xs.length);
                if (ys.length != xs.length) {
                    throw new ImportException(file, "ROI " + i + " has " + xs.length + " xpix but " + ys.length + " ypix");
                }
                RoiProperties props = RoiProperties.named("roi_" + i);
                if (iscell != null) {
                    props = props.withTag("iscell", String.valueOf(iscell[i][0] != 0));
                    if (!Double.isNaN(iscell[i][1])) {
                        props = props.withTag("probability", String.valueOf(iscell[i][1]));
                    }
                }
                rois.add(new MaskRoi(props, xs, ys, w));
                Map<Object, Object> scalars = new LinkedHashMap<>();
                s.forEach((k, v) -> {
                    if (!(v instanceof NdArray a) || a.ndim() == 0) {
                        scalars.put(k, v);
                    }
                });
                statistics.add(small(scalars, 1));
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("stat", statistics);
            RoiSet set = new RoiSet(folder.getFileName() + " ROIs", rois).withMetadata(Metadata.of(meta)).withProvenance(prov);
            if (ops.get("Lx") instanceof Number lx && ops.get("Ly") instanceof Number ly && lx.intValue() > 0 && ly.intValue() > 0) {
                set = set.withImageSize(lx.intValue(), ly.intValue());
            }
            return set;
        }

        private int[] pixels(Path file, Object o, int roi, String key) throws ImportException {
            if (!(o instanceof NdArray a) || a.ndim() != 1 || a.dtype().isObject()) {
                throw new ImportException(file, "ROI " + roi + " has no " + key + " array");
            }
            int[] out = new int[(int) a.size()];
            for (int i = 0; i < out.length; i++) {
                double v = a.getFlat(i);
                if (v < 0 || v > 1 << 20 || v != Math.rint(v)) {
                    throw new ImportException(file, "ROI " + roi + " has " + key + " " + v + ", not a pixel index");
                }
                out[i] = (int) v;
            }
            return out;
        }

        private float[] weights(Path file, Object o, int roi, int n) throws ImportException {
            if (o == null) {
                float[] ones = new float[n];
                Arrays.fill(ones, 1f);
                return ones;
            }
            if (!(o instanceof NdArray a) || a.ndim() != 1 || a.size() != n || a.dtype().isObject()) {
                throw new ImportException(file, "ROI " + roi + " has lam that does not match its " + n + " pixels");
            }
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = (float) a.getFlat(i);
            }
            return out;
        }

        private List<Image> images(Map<String, Object> ops, Provenance prov) {
            List<Image> out = new ArrayList<>();
            for (String key : IMAGES) {
                if (ops.get(key) instanceof NdArray a && a.ndim() == 2 && !a.dtype().isObject() && a.size() > 0) {
                    int h = (int) a.shape()[0];
                    int w = (int) a.shape()[1];
                    double[][] rows = a.rows();
                    boolean single = a.dtype().kind() == 'f' && a.dtype().itemSize() == 4;
                    Plane p = Plane.allocate(single ? PixelType.FLOAT32 : PixelType.FLOAT64, w, h);
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            p.set(y * w + x, rows[y][x]);
                        }
                    }
                    out.add(Image.of(key, p).withMetadata(Metadata.of(Map.of("source", "ops.npy", "key", key))).withProvenance(prov));
                }
            }
            return out;
        }

        private void otherPlanes() {
            Path parent = folder.getParent();
            if (parent == null || !folder.getFileName().toString().startsWith("plane")) {
                return;
            }
            try (Stream<Path> s = Files.list(parent)) {
                List<String> planes = s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("plane\\d+"))
                        .map(p -> p.getFileName().toString()).sorted().toList();
                if (planes.size() > 1) {
                    messages.add(Message.info("The suite2p output has " + planes.size() + " planes (" + String.join(", ", planes)
                            + "); " + folder.getFileName() + " was read. Open the other plane folders one by one."));
                }
            } catch (IOException e) {
                messages.add(Message.warning("The other plane folders of " + parent + " could not be listed: " + e.getMessage()));
            }
        }
    }

    /** The ops dict as metadata: scalars, text, short lists; large arrays by their shape under "arrays". */
    static Map<String, Object> opsMetadata(Map<String, Object> ops) {
        Map<String, Object> out = small(ops, 0);
        Map<String, Object> shapes = new LinkedHashMap<>();
        ops.forEach((k, v) -> {
            if (v instanceof NdArray a && a.size() > MAX_LIST) {
                shapes.put(k, Arrays.stream(a.shape()).boxed().toList());
            }
        });
        if (!shapes.isEmpty()) {
            out.put("arrays", shapes);
        }
        return out;
    }

    /** The JSON-compatible small values of a dict, recursively. */
    static Map<String, Object> small(Map<?, ?> dict, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        dict.forEach((k, v) -> {
            Object j = json(v, depth);
            if (j != SKIP) {
                out.put(String.valueOf(k), j);
            }
        });
        return out;
    }

    private static final Object SKIP = new Object();

    private static Object json(Object v, int depth) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long) {
            return v;
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? d : d.toString();
        }
        if (v instanceof NdArray a) {
            if (a.size() > MAX_LIST || a.dtype().isObject()) {
                return SKIP;
            }
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                list.add(json(a.dtype().kind() == 'f' ? (Object) a.getFlat(i) : (Object) (long) a.getFlat(i), depth));
            }
            return a.ndim() == 0 ? list.get(0) : list;
        }
        if (v instanceof List<?> l) {
            if (l.size() > MAX_LIST || depth > 4) {
                return SKIP;
            }
            List<Object> list = new ArrayList<>();
            for (Object o : l) {
                Object j = json(o, depth + 1);
                if (j == SKIP) {
                    return SKIP;
                }
                list.add(j);
            }
            return list;
        }
        if (v instanceof Map<?, ?> m) {
            return depth > 4 ? SKIP : small(m, depth + 1);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
