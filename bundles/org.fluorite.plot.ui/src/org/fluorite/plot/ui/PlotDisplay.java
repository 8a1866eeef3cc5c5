package org.fluorite.plot.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.fluorite.plot.DataRef;

/** A control drawing one plot model; clicking a mark reports its row. */
public interface PlotDisplay {

    /** The SWT control (a chart or a canvas). */
    Control control();

    /** The row of the mark at pixel ({@code x}, {@code y}) of {@link #control()}, if any. */
    Optional<DataRef> pick(int x, int y);

    /** Listens to clicks on marks. */
    default void onPick(Consumer<DataRef> listener) {
        control().addListener(org.eclipse.swt.SWT.MouseDown, e -> {
            if (e.button == 1) {
                pick(e.x, e.y).ifPresent(listener);
            }
        });
    }
}
