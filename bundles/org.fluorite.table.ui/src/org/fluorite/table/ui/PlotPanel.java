package org.fluorite.table.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * A {@link LinePlot} of one numeric column of a table, chosen from a combo, against the row
 * number or another numeric column. A 1-D HDF5 dataset (one column) shows as its plot.
 */
public class PlotPanel extends Composite {

    /** Entry of the x combo that plots against the row number. */
    public static final String ROW_NUMBER = "row number";
    /** Entry of the second-curve combo that draws no second curve. */
    public static final String NONE = "(none)";

    private final Combo yCombo;
    private final Combo xCombo;
    private final Combo y2Combo;
    private final LinePlot plot;
    private final List<Column> numeric = new ArrayList<>();
    private Table table;

    public PlotPanel(Composite parent, int style) {
        super(parent, style);
        setLayout(new GridLayout(6, false));
        new Label(this, SWT.NONE).setText("Plot");
        yCombo = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        yCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        new Label(this, SWT.NONE).setText("against");
        xCombo = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        new Label(this, SWT.NONE).setText("with, in red,");
        y2Combo = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        plot = new LinePlot(this, SWT.BORDER);
        plot.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        y2Combo.addListener(SWT.Selection, e -> refresh());
        yCombo.addListener(SWT.Selection, e -> refresh());
        xCombo.addListener(SWT.Selection, e -> refresh());
    }

    /**
     * Shows the numeric columns of {@code t}. When the table has a "frame" or "time" column (traces,
     * shifts, tracks), the first other numeric column is plotted against it; otherwise the first
     * numeric column against the row number.
     */
    public void setTable(Table t) {
        table = t;
        numeric.clear();
        yCombo.removeAll();
        xCombo.removeAll();
        y2Combo.removeAll();
        xCombo.add(ROW_NUMBER);
        y2Combo.add(NONE);
        for (Column c : t.columns()) {
            if (c.isNumeric()) {
                numeric.add(c);
                yCombo.add(CellFormat.header(c));
                xCombo.add(CellFormat.header(c));
                y2Combo.add(CellFormat.header(c));
            }
        }
        int x = -1;
        for (int i = 0; i < numeric.size() && x < 0; i++) {
            String name = numeric.get(i).name().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("frame") || name.equals("time")) {
                x = i;
            }
        }
        xCombo.select(x + 1);
        if (!numeric.isEmpty()) {
            int y = x == 0 && numeric.size() > 1 ? 1 : 0;
            yCombo.select(y);
        }
        // a fitted curve next to the data (bleach decay, fits) is drawn over it from the start
        y2Combo.select(0);
        for (int i = 0; i < numeric.size(); i++) {
            String name = numeric.get(i).name().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("decay") || name.equals("fit") || name.equals("fitted")) {
                y2Combo.select(i + 1);
            }
        }
        layout(true, true);
        refresh();
    }

    /** Plots the column with this header ("name [unit]") against the x choice. */
    public void select(String yHeader, String xHeader) {
        yCombo.select(yCombo.indexOf(yHeader));
        xCombo.select(Math.max(0, xCombo.indexOf(xHeader == null ? ROW_NUMBER : xHeader)));
        refresh();
    }

    public LinePlot plot() {
        return plot;
    }

    public Combo yCombo() {
        return yCombo;
    }

    public Combo xCombo() {
        return xCombo;
    }

    public Combo secondCurveCombo() {
        return y2Combo;
    }

    private void refresh() {
        int yi = yCombo.getSelectionIndex();
        if (table == null || yi < 0) {
            plot.setData(new double[0], new double[0], "", "no numeric column");
            return;
        }
        Column y = numeric.get(yi);
        int xi = xCombo.getSelectionIndex();
        double[] xs;
        String xLabel;
        double[] ys = y.toDoubles();
        int y2i = y2Combo.getSelectionIndex();
        double[] ys2 = y2i > 0 ? numeric.get(y2i - 1).toDoubles() : null;
        if (xi <= 0) {
            xs = new double[ys.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i;
            }
            xLabel = ROW_NUMBER;
        } else {
            Column x = numeric.get(xi - 1);
            xs = x.toDoubles();
            xLabel = CellFormat.header(x);
            // a line reads left to right: order the points by x
            Integer[] idx = new Integer[xs.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            double[] xv = xs;
            java.util.Arrays.sort(idx, (a, b) -> Double.compare(xv[a], xv[b]));
            double[] sx = new double[xs.length];
            double[] sy = new double[xs.length];
            double[] sy2 = ys2 == null ? null : new double[xs.length];
            for (int i = 0; i < idx.length; i++) {
                sx[i] = xv[idx[i]];
                sy[i] = ys[idx[i]];
                if (sy2 != null) {
                    sy2[i] = ys2[idx[i]];
                }
            }
            xs = sx;
            ys = sy;
            ys2 = sy2;
        }
        String title = CellFormat.header(y) + (ys2 == null ? "" : " and " + y2Combo.getText() + " (red)");
        plot.setData(xs, ys, ys2, xLabel, title);
    }
}
