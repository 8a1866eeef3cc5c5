package org.fluorite.motion;

/** Comparing estimated shifts with the simulated truth. */
final class Accuracy {

    private Accuracy() {
    }

    /**
     * Errors of the rigid shifts: estimated applied shift + true displacement, for x then y of
     * every frame, after removing the mean (the template's own offset), which is appended last as
     * {offsetX, offsetY}.
     */
    static double[] errors(FrameShifts s, double[] dx, double[] dy) {
        int n = dx.length;
        double ox = 0;
        double oy = 0;
        for (int t = 0; t < n; t++) {
            ox += s.x(t) + dx[t];
            oy += s.y(t) + dy[t];
        }
        ox /= n;
        oy /= n;
        double[] e = new double[2 * n + 2];
        for (int t = 0; t < n; t++) {
            e[2 * t] = s.x(t) + dx[t] - ox;
            e[2 * t + 1] = s.y(t) + dy[t] - oy;
        }
        e[2 * n] = ox;
        e[2 * n + 1] = oy;
        return e;
    }

    /** Root mean square of all but the last two values (the offsets). */
    static double rmse(double[] errors) {
        double s = 0;
        int n = errors.length - 2;
        for (int i = 0; i < n; i++) {
            s += errors[i] * errors[i];
        }
        return Math.sqrt(s / n);
    }
}
