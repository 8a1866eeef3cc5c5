package org.fluorite.smlm;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.fit.GaussianFit;
import org.fluorite.smlm.fit.Uncertainty;

/**
 * Builds the localization table (kind {@value Localizations#KIND}) from fits: the standard columns
 * of {@link Localizations} (frame from 1; x, y in nm from the image's top-left corner, so the first
 * pixel's centre is at half a pixel; sigma nm; photons; background photons per pixel; uncertainty
 * nm by {@link Uncertainty#mortensenNm}) followed by the fit's own columns named below. Column
 * names are a contract for the rendering, filtering and storage that read these tables.
 */
public final class LocalizationTable {

    /** Peak height of the Gaussian (photons per pixel), PYME's A. */
    public static final String AMPLITUDE = "amplitude";
    /** Background slope along x and y, photons per pixel per pixel. */
    public static final String BACKGROUND_GRADIENT_X = "bx";
    public static final String BACKGROUND_GRADIENT_Y = "by";
    /** Fit errors (standard deviations from the Fisher information at the fit). */
    public static final String PHOTONS_ERROR = "photons_error";
    public static final String X_ERROR = "x_error";
    public static final String Y_ERROR = "y_error";
    public static final String SIGMA_ERROR = "sigma_error";
    public static final String BACKGROUND_ERROR = "background_error";
    /** Normalised chi-square of the fit (about 1 for a good fit); ThunderSTORM's name. */
    public static final String CHI2 = "chi2";
    /** {@link org.fluorite.smlm.fit.ResultCode} number, 0 = converged. */
    public static final String RESULT_CODE = "result_code";
    /** Emitters fitted together in the window (1, or 2 for overlapping spots). */
    public static final String EMITTERS = "emitters";
    /** Signal-to-noise ratio of the detection. */
    public static final String SNR = "snr";

    /** Columns in the order they appear. */
    public static final List<String> COLUMNS = List.of(Localizations.FRAME, Localizations.X, Localizations.Y, Localizations.SIGMA,
            Localizations.PHOTONS, Localizations.BACKGROUND, Localizations.UNCERTAINTY, AMPLITUDE, BACKGROUND_GRADIENT_X,
            BACKGROUND_GRADIENT_Y, PHOTONS_ERROR, X_ERROR, Y_ERROR, SIGMA_ERROR, BACKGROUND_ERROR, CHI2, RESULT_CODE, EMITTERS, SNR);

    private LocalizationTable() {
    }

    /** One localization: a fit in a frame (counted from 0) with the SNR of its detection. */
    public record Row(long frameIndex, GaussianFit fit, double snr) {
    }

    /**
     * The table of {@code rows}.
     *
     * @param pixelNm           pixel size in nm
     * @param excessNoiseFactor the camera's F², for the uncertainty
     */
    public static Table build(String name, List<Row> rows, double pixelNm, double excessNoiseFactor) {
        int n = rows.size();
        long[] frame = new long[n];
        long[] code = new long[n];
        long[] emitters = new long[n];
        double[][] d = new double[16][n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            GaussianFit f = r.fit();
            frame[i] = r.frameIndex() + 1;
            code[i] = f.code().code();
            emitters[i] = f.emitters();
            d[0][i] = f.x() * pixelNm;
            d[1][i] = f.y() * pixelNm;
            d[2][i] = f.sigma() * pixelNm;
            d[3][i] = f.photons();
            d[4][i] = f.background();
            d[5][i] = Uncertainty.mortensenNm(f.photons(), f.background(), f.sigma() * pixelNm, pixelNm, excessNoiseFactor);
            d[6][i] = f.amplitude();
            d[7][i] = f.gradX();
            d[8][i] = f.gradY();
            d[9][i] = f.photonsError();
            d[10][i] = f.xError() * pixelNm;
            d[11][i] = f.yError() * pixelNm;
            d[12][i] = f.sigmaError() * pixelNm;
            d[13][i] = f.backgroundError();
            d[14][i] = f.chi2();
            d[15][i] = r.snr();
        }
        String nm = Localizations.NM;
        String ph = Localizations.PHOTON;
        List<Column> c = new ArrayList<>();
        c.add(Column.ofLongs(Localizations.FRAME, "", frame));
        c.add(Column.ofDoubles(Localizations.X, nm, d[0]));
        c.add(Column.ofDoubles(Localizations.Y, nm, d[1]));
        c.add(Column.ofDoubles(Localizations.SIGMA, nm, d[2]));
        c.add(Column.ofDoubles(Localizations.PHOTONS, ph, d[3]));
        c.add(Column.ofDoubles(Localizations.BACKGROUND, ph, d[4]));
        c.add(Column.ofDoubles(Localizations.UNCERTAINTY, nm, d[5]));
        c.add(Column.ofDoubles(AMPLITUDE, ph, d[6]));
        c.add(Column.ofDoubles(BACKGROUND_GRADIENT_X, "photon/px", d[7]));
        c.add(Column.ofDoubles(BACKGROUND_GRADIENT_Y, "photon/px", d[8]));
        c.add(Column.ofDoubles(PHOTONS_ERROR, ph, d[9]));
        c.add(Column.ofDoubles(X_ERROR, nm, d[10]));
        c.add(Column.ofDoubles(Y_ERROR, nm, d[11]));
        c.add(Column.ofDoubles(SIGMA_ERROR, nm, d[12]));
        c.add(Column.ofDoubles(BACKGROUND_ERROR, ph, d[13]));
        c.add(Column.ofDoubles(CHI2, "", d[14]));
        c.add(Column.ofLongs(RESULT_CODE, "", code));
        c.add(Column.ofLongs(EMITTERS, "", emitters));
        c.add(Column.ofDoubles(SNR, "", d[15]));
        return Table.of(name, Localizations.KIND, c);
    }
}
