package org.fluorite.viewer.ui;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.fluorite.core.display.TimeBand;
import org.fluorite.core.image.Axis;

/**
 * A slider over one plane axis (T or Z) with its name and an "index / length" label; for T, a
 * strip under the slider shows the {@link TimeBand}s (stimuli) in colour, with the band's label
 * as tooltip.
 */
final class AxisSlider extends Composite {

    private final Axis axis;
    private final Scale scale;
    private final Label value;
    private final int length;
    private IntConsumer onChange;
    private final Canvas bandStrip;
    private final Label bandSpacer;
    private final Label bandEnd;
    private List<TimeBand> bands = List.of();

    AxisSlider(Composite parent, Axis axis, int length) {
        super(parent, SWT.NONE);
        this.axis = axis;
        this.length = length;
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        setLayout(layout);
        Label name = new Label(this, SWT.NONE);
        name.setText(String.valueOf(axis.code()));
        name.setToolTipText(axis == Axis.T ? "Time (frame)" : "Focal plane");
        scale = new Scale(this, SWT.HORIZONTAL);
        scale.setMinimum(0);
        scale.setMaximum(Math.max(1, length - 1));
        scale.setIncrement(1);
        scale.setPageIncrement(Math.max(1, length / 10));
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale.addListener(SWT.Selection, e -> {
            updateLabel();
            if (onChange != null) {
                onChange.accept(scale.getSelection());
            }
        });
        value = new Label(this, SWT.RIGHT);
        GridData gd = new GridData(SWT.END, SWT.CENTER, false, false);
        gd.widthHint = 110;
        value.setLayoutData(gd);
        bandSpacer = new Label(this, SWT.NONE);
        bandSpacer.setLayoutData(hidden(new GridData()));
        bandStrip = new Canvas(this, SWT.DOUBLE_BUFFERED);
        bandStrip.setVisible(false);
        bandSpacer.setVisible(false);
        GridData sd = hidden(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sd.heightHint = 8;
        bandStrip.setLayoutData(sd);
        bandEnd = new Label(this, SWT.NONE);
        bandEnd.setLayoutData(hidden(new GridData()));
        bandEnd.setVisible(false);
        bandStrip.addListener(SWT.Paint, e -> TimeBandPainter.paint(e.gc, bands, bandArea(), 0, lastFrame()));
        bandStrip.addListener(SWT.MouseMove, e -> {
            Rectangle a = bandArea();
            double frame = a.width <= 0 ? 0 : (e.x - a.x) / (double) a.width * lastFrame();
            TimeBand b = TimeBandPainter.bandAt(bands, frame);
            String tip = b == null ? null : b.label();
            if (!java.util.Objects.equals(tip, bandStrip.getToolTipText())) {
                bandStrip.setToolTipText(tip);
            }
        });
        updateLabel();
    }

    private static GridData hidden(GridData gd) {
        gd.exclude = true;
        return gd;
    }

    /** The frame at the strip's right end (the slider's maximum). */
    private double lastFrame() {
        return Math.max(1, length - 1);
    }

    /**
     * The strip's drawing area, under the slider: inset by about half a thumb so that frame 0 and
     * the last frame sit under the thumb's centre at its extreme positions.
     */
    private Rectangle bandArea() {
        Rectangle r = bandStrip.getClientArea();
        int inset = Math.min(r.width / 4, 10);
        return new Rectangle(r.x + inset, r.y + 1, r.width - 2 * inset, Math.max(1, r.height - 2));
    }

    /** Shows {@code newBands} under the slider (frames along this axis); an empty list hides the strip. */
    void setTimeBands(List<TimeBand> newBands) {
        bands = List.copyOf(newBands);
        boolean show = !bands.isEmpty();
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] {bandStrip, bandSpacer, bandEnd}) {
            ((GridData) c.getLayoutData()).exclude = !show;
            c.setVisible(show);
        }
        bandStrip.redraw();
        // the row grows by the strip's height: every enclosing layout must make room
        bandStrip.requestLayout();
    }

    List<TimeBand> timeBands() {
        return bands;
    }

    Canvas bandStrip() {
        return bandStrip;
    }

    Axis axis() {
        return axis;
    }

    int length() {
        return length;
    }

    void setOnChange(IntConsumer onChange) {
        this.onChange = onChange;
    }

    /** Moves the slider without telling the listener. */
    void setIndex(int index) {
        scale.setSelection(index);
        updateLabel();
    }

    int getIndex() {
        return scale.getSelection();
    }

    Scale scale() {
        return scale;
    }

    String labelText() {
        return value.getText();
    }

    private void updateLabel() {
        value.setText((scale.getSelection() + 1) + " / " + length);
    }
}
