package org.fluorite.io.pyme.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.hdf5.Hdf5Compound;

/**
 * Maps PYME's localization columns onto Fluorite's localization table ({@link Localizations}):
 * <ul>
 * <li>frame = {@code t} (else {@code tIndex}) + 1: PYME counts frames from 0, Fluorite from 1;</li>
 * <li>x, y, z [nm] = {@code x, y, z} (else {@code fitResults_x0, _y0, _z0});</li>
 * <li>sigma [nm] = {@code sig} (else {@code fitResults_sigma}); uncertainty [nm] =
 * {@code error_x} (else {@code fitError_x0}); background = {@code fitResults_background};</li>
 * <li>photons = {@code nPhotons}, else 2&pi;&middot;A&middot;(sigma / pixel size)&sup2;, the
 * integral of the fitted Gaussian, when the pixel size is known ({@code voxelsize.x}); else none,
 * since A alone is a peak height, not a photon count.</li>
 * </ul>
 * Every PYME column is kept under its own name with its unit (positions, errors and widths in nm).
 */
public final class PymeLocalizations {

    private static final Set<String> NM = Set.of("x", "y", "z", "x_raw", "y_raw", "z_raw", "error_x", "error_y", "error_z",
            "sig", "sigma", "sigmax", "sigmay", "sigma_x", "sigma_y");
    private static final Set<String> NM_FIT_SUFFIXES = Set.of("x0", "y0", "z0", "sigma", "sigmax", "sigmay");

    private PymeLocalizations() {
    }

    /** The unit PYME uses for a column: "nm" for positions, errors and widths, "" otherwise. */
    public static String unit(String column) {
        if (NM.contains(column)) {
            return Localizations.NM;
        }
        for (String prefix : List.of("fitResults_", "fitError_")) {
            if (column.startsWith(prefix) && NM_FIT_SUFFIXES.contains(column.substring(prefix.length()))) {
                return Localizations.NM;
            }
        }
        return "";
    }

    /**
     * @param columns       flat PYME columns ({@code double[]}, {@code long[]} or {@code String[]})
     * @param pixelSizeNm   camera pixel size in nm, NaN when unknown
     * @param notes         receives what could not be mapped
     */
    public static Table build(String name, Map<String, Object> columns, double pixelSizeNm, List<String> notes) {
        List<Column> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        String t = first(columns, "t", "tIndex");
        if (t == null) {
            notes.add("no frame column (t or tIndex)");
        } else {
            double[] v = numbers(columns.get(t));
            long[] frame = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                frame[i] = Math.round(v[i]) + 1;
            }
            out.add(Column.ofLongs(Localizations.FRAME, "", frame));
        }
        addStandard(out, used, columns, Localizations.X, Localizations.NM, "x", "fitResults_x0");
        addStandard(out, used, columns, Localizations.Y, Localizations.NM, "y", "fitResults_y0");
        addStandard(out, used, columns, Localizations.Z, Localizations.NM, "z", "fitResults_z0");
        String sigma = first(columns, "sig", "fitResults_sigma", "sigma");
        String photons = first(columns, "nPhotons");
        String amplitude = first(columns, "A", "fitResults_A");
        if (photons != null) {
            addStandard(out, used, columns, Localizations.PHOTONS, Localizations.PHOTON, "nPhotons");
        } else if (amplitude != null && sigma != null && pixelSizeNm > 0) {
            double[] a = numbers(columns.get(amplitude));
            double[] s = numbers(columns.get(sigma));
            double[] p = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double sp = s[i] / pixelSizeNm;
                p[i] = 2 * Math.PI * a[i] * sp * sp;
            }
            out.add(Column.ofDoubles(Localizations.PHOTONS, Localizations.PHOTON, p));
        } else {
            notes.add("photons not computed: PYME's A is a peak height and the pixel size (voxelsize.x) is unknown");
        }
        addStandard(out, used, columns, Localizations.BACKGROUND, Localizations.PHOTON, "fitResults_background", "background");
        addStandard(out, used, columns, Localizations.SIGMA, Localizations.NM, "sig", "fitResults_sigma", "sigma");
        addStandard(out, used, columns, Localizations.UNCERTAINTY, Localizations.NM, "error_x", "fitError_x0");
        Set<String> names = new LinkedHashSet<>();
        out.forEach(c -> names.add(c.name()));
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            if (names.contains(e.getKey())) {
                continue;
            }
            out.add(column(e.getKey(), unit(e.getKey()), e.getValue()));
        }
        return Table.of(name, Localizations.KIND, out);
    }

    private static void addStandard(List<Column> out, Set<String> used, Map<String, Object> columns, String standard, String unit,
            String... candidates) {
        String source = first(columns, candidates);
        if (source != null && !used.contains(standard)) {
            Object v = columns.get(source);
            out.add(v instanceof long[] l ? Column.ofLongs(standard, unit, l) : Column.ofDoubles(standard, unit, numbers(v)));
            used.add(standard);
        }
    }

    private static String first(Map<String, Object> columns, String... names) {
        for (String n : names) {
            Object v = columns.get(n);
            if (v instanceof double[] || v instanceof long[]) {
                return n;
            }
        }
        return null;
    }

    static double[] numbers(Object v) {
        return Hdf5Compound.numbers(v);
    }

    static Column column(String name, String unit, Object v) {
        if (v instanceof double[] d) {
            return Column.ofDoubles(name, unit, d);
        }
        if (v instanceof long[] l) {
            return Column.ofLongs(name, unit, l);
        }
        return Column.ofText(name, (String[]) v);
    }
}
