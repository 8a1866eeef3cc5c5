package org.fluorite.plot.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** SWT colours of 0xRRGGBB values (SWT 3.1xx colours need no disposing; cached for reuse). */
final class Colors {

    private static final Map<Integer, Color> CACHE = new HashMap<>();

    private Colors() {
    }

    static synchronized Color of(int rgb) {
        return CACHE.computeIfAbsent(rgb & 0xffffff, c -> new Color(new RGB((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff)));
    }

    static RGB rgb(int rgb) {
        return new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
