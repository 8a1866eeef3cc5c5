package org.fluorite.batch.ui.widgets;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.fluorite.batch.ItemState;

/**
 * The batch manager's row colours, as Mesmerize shows them: queued rows keep the table's own
 * background, running yellow, done green, failed red, aborted orange, moving outputs blue (the
 * engine's {@link ItemState#rgb()}).
 */
public final class StateColors {

    private final Map<ItemState, Color> colors = new EnumMap<>(ItemState.class);

    public StateColors() {
        for (ItemState s : ItemState.values()) {
            RGB rgb = rgb(s);
            if (rgb != null) {
                colors.put(s, new Color(rgb));
            }
        }
    }

    /** The row background of {@code state}; null for queued (the table's default background). */
    public static RGB rgb(ItemState state) {
        if (state == ItemState.QUEUED) {
            return null;
        }
        int v = state.rgb();
        return new RGB((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /** The colour for {@code state}, or null for queued. */
    public Color background(ItemState state) {
        return colors.get(state);
    }

    /** Text colour readable on the state's background: white on red and blue, else black (null). */
    public static boolean lightText(ItemState state) {
        return state == ItemState.FAILED || state == ItemState.MOVING_OUTPUTS;
    }

    /** Nothing to free: colours made from RGB values hold no operating-system resource since SWT 3.120. */
    public void dispose() {
        colors.clear();
    }
}
