package org.fluorite.core.table;

import java.util.List;

/**
 * Conventions of a localization table (a {@link Table} of kind {@value #KIND}): one row per
 * localized emitter, with the standard columns below when the source has them, in the units given
 * here, plus any extra columns the source has under their own names. Readers of ThunderSTORM CSV,
 * Picasso HDF5 and PYME tables map their columns onto these names.
 */
public final class Localizations {

    public static final String KIND = "localizations";

    /** Frame number, counted from 1 as ThunderSTORM does (whole number). */
    public static final String FRAME = "frame";
    /** Position in nanometres. */
    public static final String X = "x";
    public static final String Y = "y";
    public static final String Z = "z";
    /** Integrated intensity in photons. */
    public static final String PHOTONS = "photons";
    /** Background per pixel in photons. */
    public static final String BACKGROUND = "background";
    /** Gaussian width of the spot in nanometres. */
    public static final String SIGMA = "sigma";
    /** Localization precision in nanometres. */
    public static final String UNCERTAINTY = "uncertainty";

    public static final String NM = "nm";
    public static final String PHOTON = "photon";

    /** The standard columns in their usual order. */
    public static final List<String> STANDARD = List.of(FRAME, X, Y, Z, PHOTONS, BACKGROUND, SIGMA, UNCERTAINTY);

    private Localizations() {
    }

    /** True when {@code table} is a localization table with at least frame, x and y. */
    public static boolean isLocalizationTable(Table table) {
        return KIND.equals(table.kind()) && table.column(FRAME).isPresent() && table.column(X).isPresent()
                && table.column(Y).isPresent();
    }
}
