package org.fluorite.io.thunderstorm;

import java.util.Locale;
import java.util.Map;

import org.fluorite.core.table.Localizations;

/**
 * How ThunderSTORM's column names map onto the standard localization columns, and back. Results
 * tables name columns {@code x [nm]}, {@code intensity [photon]}, ...; ground-truth tables
 * {@code xnano}, {@code ynano}, {@code znano}, {@code intensity}.
 */
final class ThunderStormColumns {

    /** A ThunderSTORM header cell taken apart: the standard (or original) name and the unit. */
    record Header(String name, String unit, double scale) {
    }

    private static final Map<String, String> TO_STANDARD = Map.ofEntries(Map.entry("frame", Localizations.FRAME),
            Map.entry("x", Localizations.X), Map.entry("y", Localizations.Y), Map.entry("z", Localizations.Z),
            Map.entry("xnano", Localizations.X), Map.entry("ynano", Localizations.Y), Map.entry("znano", Localizations.Z),
            Map.entry("intensity", Localizations.PHOTONS), Map.entry("offset", Localizations.BACKGROUND),
            Map.entry("sigma", Localizations.SIGMA), Map.entry("uncertainty", Localizations.UNCERTAINTY),
            Map.entry("uncertainty_xy", Localizations.UNCERTAINTY), Map.entry("ground-truth", "id"));

    /** Standard column -> ThunderSTORM name, for writing. */
    static final Map<String, String> TO_THUNDERSTORM = Map.of(Localizations.PHOTONS, "intensity", Localizations.BACKGROUND,
            "offset");

    private ThunderStormColumns() {
    }

    static Header parse(String cell) {
        String text = cell.trim();
        String unit = "";
        int open = text.lastIndexOf('[');
        if (open > 0 && text.endsWith("]")) {
            unit = text.substring(open + 1, text.length() - 1).trim();
            text = text.substring(0, open).trim();
        }
        String key = text.toLowerCase(Locale.ROOT);
        String name = TO_STANDARD.getOrDefault(key, text);
        if (key.endsWith("nano") && unit.isEmpty()) {
            unit = Localizations.NM;
        }
        if (name.equals(Localizations.PHOTONS) && unit.isEmpty() && key.equals("intensity")) {
            unit = Localizations.PHOTON;
        }
        double scale = 1;
        if (unit.equals("um") || unit.equals("µm") || unit.equals("\u00b5m")) {
            unit = Localizations.NM;
            scale = 1000;
        }
        return new Header(name, unit, scale);
    }
}
