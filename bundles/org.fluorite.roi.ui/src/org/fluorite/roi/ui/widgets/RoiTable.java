package org.fluorite.roi.ui.widgets;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fluorite.roi.Roi;
import org.fluorite.roi.ui.RoiList;

/** The list of ROIs: a colour swatch (the colour the ROI is drawn with), its name and its shape. */
final class RoiTable {

    private final Table table;
    private final Map<Integer, Image> swatches = new HashMap<>();

    RoiTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {"#", "Name", "Type"};
        int[] widths = {60, 150, 80};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        table.addListener(SWT.Dispose, e -> swatches.values().forEach(Image::dispose));
    }

    Table table() {
        return table;
    }

    /** Rebuilds the rows from {@code list} and selects its selected ROI. */
    void show(RoiList list) {
        table.setRedraw(false);
        try {
            int n = list == null ? 0 : list.size();
            table.setItemCount(n);
            for (int i = 0; i < n; i++) {
                Roi roi = list.get(i);
                TableItem item = table.getItem(i);
                item.setText(new String[] {String.valueOf(i + 1), roi.name(), roi.type()});
                item.setImage(0, swatch(list.colourOf(i)));
            }
            showSelection(list);
        } finally {
            table.setRedraw(true);
        }
    }

    void showSelection(RoiList list) {
        int s = list == null ? -1 : list.selectedIndex();
        if (s < 0) {
            table.deselectAll();
        } else {
            table.setSelection(s);
            table.showSelection();
        }
    }

    private Image swatch(int rgb) {
        return swatches.computeIfAbsent(rgb, c -> {
            Image img = new Image(table.getDisplay(), 14, 14);
            GC gc = new GC(img);
            org.eclipse.swt.graphics.Color colour = new org.eclipse.swt.graphics.Color(table.getDisplay(),
                    new RGB(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
            try {
                gc.setBackground(colour);
                gc.fillRectangle(0, 0, 14, 14);
                gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawRectangle(0, 0, 13, 13);
            } finally {
                gc.dispose();
                colour.dispose();
            }
            return img;
        });
    }
}
