package org.fluorite.viewer.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.Histogram;
import org.fluorite.core.display.LookupTable;

/**
 * Display controls of the active channel: an Auto button, the minimum and maximum of the display
 * range as text fields (applied on Enter or when the field loses focus), the lookup table, and a
 * histogram showing where the range lies.
 */
final class ContrastPanel extends Composite {

    /** What the user did; called on the UI thread. */
    interface Listener {
        void autoRequested();

        void rangeEdited(Contrast range);

        void lutChosen(LookupTable lut);

        void invalidInput(String message);
    }

    private final Button auto;
    private final Text minText;
    private final Text maxText;
    private final Combo lutCombo;
    private HistogramCanvas histogram;
    private Listener listener;
    private Contrast shown;

    ContrastPanel(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        setLayout(layout);

        Label title = new Label(this, SWT.NONE);
        title.setText("Display range");
        auto = new Button(this, SWT.PUSH);
        auto.setText("Auto");
        auto.setToolTipText("Set the range from the current plane, saturating 0.35 % of the pixels");
        auto.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        auto.addListener(SWT.Selection, e -> {
            if (listener != null) {
                listener.autoRequested();
            }
        });

        new Label(this, SWT.NONE).setText("Min");
        minText = numberField();
        new Label(this, SWT.NONE).setText("Max");
        maxText = numberField();

        new Label(this, SWT.NONE).setText("LUT");
        lutCombo = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (String name : LookupTable.names()) {
            lutCombo.add(name);
        }
        lutCombo.select(0);
        lutCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        lutCombo.addListener(SWT.Selection, e -> {
            LookupTable t = LookupTable.byName(lutCombo.getText());
            this.histogram.setLut(t);
            if (listener != null) {
                listener.lutChosen(t);
            }
        });

        histogram = new HistogramCanvas(this);
        histogram.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private Text numberField() {
        Text t = new Text(this, SWT.BORDER | SWT.SINGLE | SWT.RIGHT);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 90;
        t.setLayoutData(gd);
        t.addListener(SWT.DefaultSelection, e -> applyText());
        t.addListener(SWT.FocusOut, e -> applyText());
        return t;
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    /**
     * Shows {@code range} (null: not known yet) without telling the listener. Leaves the fields
     * alone when the range is unchanged, so text being typed survives frames drawn meanwhile.
     */
    void setContrast(Contrast range) {
        if (range != null && range.equals(shown)) {
            return;
        }
        showRange(range);
    }

    private void showRange(Contrast range) {
        shown = range;
        minText.setText(range == null ? "" : formatNumber(range.min()));
        maxText.setText(range == null ? "" : formatNumber(range.max()));
        histogram.setRange(range);
    }

    /** Shows {@code lut} without telling the listener. */
    void setLut(LookupTable lut) {
        int i = lutCombo.indexOf(lut.name());
        if (i < 0) {
            lutCombo.add(lut.name());
            i = lutCombo.getItemCount() - 1;
        }
        lutCombo.select(i);
        histogram.setLut(lut);
    }

    void setHistogram(Histogram h) {
        histogram.setHistogram(h);
    }

    HistogramCanvas histogramCanvas() {
        return histogram;
    }

    Text minField() {
        return minText;
    }

    Text maxField() {
        return maxText;
    }

    Combo lutCombo() {
        return lutCombo;
    }

    Button autoButton() {
        return auto;
    }

    /** Parses both fields and reports a changed range; restores the fields when the text is not a valid range. */
    void applyText() {
        if (shown == null) {
            return;
        }
        String lo = minText.getText().trim();
        String hi = maxText.getText().trim();
        try {
            Contrast c = new Contrast(Double.parseDouble(lo), Double.parseDouble(hi));
            if (!c.equals(shown)) {
                shown = c;
                histogram.setRange(c);
                if (listener != null) {
                    listener.rangeEdited(c);
                }
            }
        } catch (IllegalArgumentException ex) {
            showRange(shown);
            if (listener != null) {
                listener.invalidInput("Display range '" + lo + "' .. '" + hi + "' is not valid: give two numbers, minimum first");
            }
        }
    }

    /** Integral values without decimals, others with up to six significant digits. */
    static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6g", v);
        if (s.contains("e") || s.contains("E")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
