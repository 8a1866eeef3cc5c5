package org.fluorite.io.flimage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * The HDF5 layouts of flimage and qpimage (flimage 0.3.2 documentation, "HDF5 file format"):
 * <ul>
 * <li>FLImage: root attributes ({@code pixel size} [m], {@code time} [s], {@code identifier},
 * {@code flimage version}, ...), {@code /fluorescence/raw} and an optional background
 * {@code /fluorescence/bg_data/data}.</li>
 * <li>FLSeries: groups {@code fli_0 ... fli_N} (no leading zeros), each laid out as an FLImage
 * with its attributes on the group; the root may have an {@code identifier}.</li>
 * <li>QPImage: {@code /phase/raw} and {@code /amplitude/raw}, each with {@code bg_data/data}
 * (experimental background) and {@code bg_data/fit} (fitted background); root attributes such as
 * {@code wavelength} [m] and {@code qpimage version}.</li>
 * </ul>
 */
public enum FlimageLayout {
    FLIMAGE("FLImage"), FLSERIES("FLSeries"), QPIMAGE("QPImage");

    /** Prefix of the groups of an FLSeries. */
    public static final String SERIES_PREFIX = "fli_";
    private static final Pattern SERIES_GROUP = Pattern.compile("fli_(0|[1-9][0-9]{0,8})");

    private final String label;

    FlimageLayout(String label) {
        this.label = label;
    }

    /** The name flimage/qpimage give the layout ("FLImage", "FLSeries", "QPImage"). */
    public String label() {
        return label;
    }

    /** The layout of an open file, or null when it follows none of them. */
    public static FlimageLayout detect(Group root) {
        Map<String, Node> children = root.getChildren();
        if (!seriesGroups(root).isEmpty()) {
            return FLSERIES;
        }
        if (hasRaw(children.get("fluorescence"))) {
            return FLIMAGE;
        }
        if (hasRaw(children.get("phase"))) {
            return QPIMAGE;
        }
        return null;
    }

    /** The groups {@code fli_N} holding a fluorescence image, ordered by N. */
    public static List<String> seriesGroups(Group root) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : root.getChildren().entrySet()) {
            Matcher m = SERIES_GROUP.matcher(e.getKey());
            if (m.matches() && e.getValue() instanceof Group g && hasRaw(g.getChildren().get("fluorescence"))) {
                out.add(e.getKey());
            }
        }
        out.sort(Comparator.comparingLong(name -> Long.parseLong(name.substring(SERIES_PREFIX.length()))));
        return out;
    }

    private static boolean hasRaw(Node node) {
        return node instanceof Group g && g.getChildren().get("raw") instanceof Dataset;
    }
}
