package org.fluorite.io.picasso.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.io.hdf5.Hdf5Compound;
import org.fluorite.io.hdf5.Hdf5File;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

/**
 * Reads Picasso localizations ({@code /locs}, a compound table, with its YAML sidecar) as a
 * localization table. Picasso stores x, y, sx, sy, lpx, lpy in camera pixels and counts frames
 * from 0; the standard columns are: frame = frame + 1; x, y [nm] = pixels &times; pixel size;
 * photons; background = bg [photon]; sigma [nm] = mean of sx, sy &times; pixel size; uncertainty
 * [nm] = mean of lpx, lpy &times; pixel size; z [nm] as stored by 3-D Picasso. Picasso's own
 * columns are all kept with their units, those whose name a standard column takes renamed
 * ({@code frame_index}, {@code x_px}, {@code y_px}). The pixel size comes from the sidecar
 * ({@link PicassoYaml#pixelSizeNm}); without one x and y stay in pixels, with a warning.
 */
public final class PicassoLocsReader {

    public static final String FORMAT_ID = "fluorite.picasso.locs";
    public static final String OPERATION = "import.picasso";

    private static final Set<String> PIXELS = Set.of("x", "y", "sx", "sy", "lpx", "lpy", "std_x", "std_y", "d_zcalib");
    private static final Set<String> PHOTONS = Set.of("photons", "bg");

    private PicassoLocsReader() {
    }

    /** The {@code /locs} table of an open file, or null. */
    public static Dataset locs(HdfFile hdf) {
        Node n = hdf.getChildren().get("locs");
        return n instanceof Dataset d && d.isCompound() && d.getDimensions().length == 1 ? d : null;
    }

    public static ImportResult read(Path file) throws IOException {
        List<Object> docs = PicassoYaml.read(file);
        return Hdf5File.using(file, "reading as Picasso localizations", h5 -> readOpen(file, h5, docs));
    }

    private static ImportResult readOpen(Path file, Hdf5File hdf, List<Object> docs) throws IOException {
        Dataset d = locs(hdf.hdf());
        if (d == null) {
            throw new ImportException(file, "holds no Picasso /locs table");
        }
        Map<String, Object> cols = Hdf5Compound.flatColumns(hdf, d);
        double px = PicassoYaml.pixelSizeNm(docs);
        List<Message> messages = new ArrayList<>();
        List<Column> out = new ArrayList<>();
        if (isNumeric(cols.get("frame"))) {
            double[] v = numbers(cols.get("frame"));
            long[] frame = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                frame[i] = Math.round(v[i]) + 1;
            }
            out.add(Column.ofLongs(Localizations.FRAME, "", frame));
        }
        boolean scaled = px > 0;
        if (!scaled) {
            messages.add(Message.warning("the sidecar gives no pixel size: x, y, sigma and uncertainty are in camera pixels"));
        }
        String lengthUnit = scaled ? Localizations.NM : "px";
        double scale = scaled ? px : 1;
        addScaled(out, Localizations.X, cols.get("x"), null, scale, lengthUnit);
        addScaled(out, Localizations.Y, cols.get("y"), null, scale, lengthUnit);
        if (isNumeric(cols.get("z"))) {
            out.add(Column.ofDoubles(Localizations.Z, Localizations.NM, numbers(cols.get("z"))));
        }
        if (isNumeric(cols.get("photons"))) {
            out.add(Column.ofDoubles(Localizations.PHOTONS, Localizations.PHOTON, numbers(cols.get("photons"))));
        }
        if (isNumeric(cols.get("bg"))) {
            out.add(Column.ofDoubles(Localizations.BACKGROUND, Localizations.PHOTON, numbers(cols.get("bg"))));
        }
        addScaled(out, Localizations.SIGMA, cols.get("sx"), cols.get("sy"), scale, lengthUnit);
        addScaled(out, Localizations.UNCERTAINTY, cols.get("lpx"), cols.get("lpy"), scale, lengthUnit);
        for (Map.Entry<String, Object> e : cols.entrySet()) {
            String name = switch (e.getKey()) {
                case "frame" -> "frame_index";
                case "x" -> "x_px";
                case "y" -> "y_px";
                case "z", "photons" -> null;
                default -> e.getKey();
            };
            if (name == null) {
                continue;
            }
            out.add(column(name, unit(e.getKey()), e.getValue()));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("yaml", docs);
        if (scaled) {
            meta.put("pixelSizeNm", px);
        }
        Table table = Table.of(file.getFileName().toString(), Localizations.KIND, out).withMetadata(Metadata.of(meta))
                .withProvenance(Provenance.EMPTY.then(Operation.of(OPERATION, Map.of("file", file.toAbsolutePath().toString(),
                        "sidecar", PicassoYaml.sidecar(file).toAbsolutePath().toString()))));
        return ImportResult.of(FORMAT_ID, table, messages);
    }

    /** The unit of one of Picasso's columns. */
    static String unit(String column) {
        if (PIXELS.contains(column)) {
            return "px";
        }
        if (PHOTONS.contains(column)) {
            return Localizations.PHOTON;
        }
        return column.equals("z") ? Localizations.NM : "";
    }

    /** {@code standard} = mean of {@code a} and {@code b} (or {@code a} alone) times {@code scale}. */
    private static void addScaled(List<Column> out, String standard, Object a, Object b, double scale, String unit) {
        if (!isNumeric(a)) {
            return;
        }
        double[] va = numbers(a);
        double[] vb = isNumeric(b) ? numbers(b) : null;
        double[] v = new double[va.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (vb == null ? va[i] : (va[i] + vb[i]) / 2) * scale;
        }
        out.add(Column.ofDoubles(standard, unit, v));
    }

    private static boolean isNumeric(Object v) {
        return Hdf5Compound.isNumeric(v);
    }

    private static double[] numbers(Object v) {
        return Hdf5Compound.numbers(v);
    }

    private static Column column(String name, String unit, Object v) {
        if (v instanceof double[] d) {
            return Column.ofDoubles(name, unit, d);
        }
        if (v instanceof long[] l) {
            return Column.ofLongs(name, unit, l);
        }
        return Column.ofText(name, (String[]) v);
    }
}
