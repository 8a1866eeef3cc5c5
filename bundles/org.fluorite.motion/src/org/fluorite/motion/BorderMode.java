package org.fluorite.motion;

/**
 * What a corrected frame holds where the shift brought in pixels from outside the recorded
 * frame.
 */
public enum BorderMode {
    /** Not-a-number (CaImAn's {@code border_nan=True}); integer outputs store 0 there. */
    NAN,
    /** The nearest edge pixel repeated (CaImAn's {@code border_nan='copy'}). */
    COPY,
    /** Zero. */
    ZERO;

    public static BorderMode fromLabel(String label) {
        for (BorderMode m : values()) {
            if (m.name().equalsIgnoreCase(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown border mode '" + label + "'; use nan, copy or zero");
    }
}
