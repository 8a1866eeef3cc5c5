package org.fluorite.smlm.fit;

/** How a spot model is fitted to the pixels. */
public enum FitMethod {
    /**
     * Maximum likelihood under the camera's noise model: Poisson photons, EM excess noise (the
     * data divided by F² treated as Poisson) and sCMOS per-pixel read-noise variance (added to data
     * and model, Huang et al. 2013). Solved by Levenberg-Marquardt on Fisher scoring steps.
     */
    MLE("mle"),
    /** Weighted least squares, each pixel weighted by its variance estimated from the data and the camera model. */
    WLSQ("wlsq");

    private final String label;

    FitMethod(String label) {
        this.label = label;
    }

    /** The name used on the command line and in results ("mle", "wlsq"). */
    public String label() {
        return label;
    }

    /** The method named {@code label} (case-insensitive). */
    public static FitMethod fromLabel(String label) {
        for (FitMethod m : values()) {
            if (m.label.equalsIgnoreCase(label.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown fit method '" + label + "': use mle or wlsq");
    }
}
