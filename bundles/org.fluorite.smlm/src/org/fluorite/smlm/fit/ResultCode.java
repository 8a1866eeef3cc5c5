package org.fluorite.smlm.fit;

/**
 * Outcome of one fit, stored as a number in the {@code resultCode} column (0 = good, as in PYME
 * where a non-zero result code marks a failed fit).
 */
public enum ResultCode {
    /** Converged with parameters inside the fit window. */
    OK(0),
    /** Stopped at the iteration limit before converging; parameters are the last accepted ones. */
    MAX_ITERATIONS(1),
    /** The centre left the fit window or the width became implausible. */
    OUT_OF_BOUNDS(2),
    /** The curvature matrix could not be inverted (flat or degenerate data). */
    SINGULAR(3),
    /** Not a number appeared (data with NaN or infinite values). */
    NOT_A_NUMBER(4);

    private final int code;

    ResultCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ResultCode of(int code) {
        for (ResultCode r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown result code " + code);
    }
}
