package org.fluorite.table.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fluorite.core.table.Table;

/**
 * A table of any size on screen: a virtual SWT table (rows are filled only when they scroll into
 * view, so a million rows open at once) with "name [unit]" column headers that sort on click, a
 * header line with the row count, an "Export CSV..." button, and a {@link PlotPanel} below for
 * one numeric column. SWT only; the workbench part wraps it.
 */
public class TableView extends Composite {

    /** Runs work off the UI thread; the workbench passes an Eclipse job, tests run it in place. */
    public interface TaskRunner {
        void run(String title, Runnable task);
    }

    private final Label header;
    private final Button exportButton;
    private final org.eclipse.swt.widgets.Table grid;
    private final PlotPanel plotPanel;
    private final SashForm sash;
    private TableModel model;
    private TaskRunner runner = (title, task) -> {
        Thread t = new Thread(task, title);
        t.setDaemon(true);
        t.start();
    };
    private Consumer<String> status = s -> {
    };

    public TableView(Composite parent, int style) {
        super(parent, style);
        setLayout(new GridLayout(2, false));
        header = new Label(this, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        exportButton = new Button(this, SWT.PUSH);
        exportButton.setText("Export CSV...");
        exportButton.addListener(SWT.Selection, e -> askAndExport());
        sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        grid = new org.eclipse.swt.widgets.Table(sash, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        grid.setHeaderVisible(true);
        grid.setLinesVisible(true);
        grid.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int row = grid.indexOf(item);
            if (model != null && row >= 0 && row < model.rowCount()) {
                item.setText(model.rowTexts(row));
            }
        });
        plotPanel = new PlotPanel(sash, SWT.NONE);
        sash.setWeights(65, 35);
    }

    /** Shows {@code table}, unsorted, with its first numeric column plotted. */
    public void setTable(Table table) {
        model = new TableModel(table);
        grid.setRedraw(false);
        try {
            grid.setItemCount(0);
            for (TableColumn c : grid.getColumns()) {
                c.dispose();
            }
            for (int c = 0; c < model.columnCount(); c++) {
                TableColumn col = new TableColumn(grid, SWT.LEFT);
                col.setText(model.header(c));
                col.setMoveable(true);
                int index = c;
                col.addListener(SWT.Selection, e -> sortBy(index));
                col.setWidth(columnWidth(c));
            }
            grid.setSortColumn(null);
            grid.setItemCount(model.rowCount());
        } finally {
            grid.setRedraw(true);
        }
        header.setText(table.name() + " \u2014 " + String.format(Locale.ROOT, "%,d", model.rowCount()) + " rows \u00d7 "
                + model.columnCount() + " columns");
        plotPanel.setTable(table);
        // a single column (a 1-D dataset) is read best as its plot
        sash.setWeights(model.columnCount() <= 1 ? new int[] {30, 70} : new int[] {65, 35});
        layout(true, true);
    }

    private int columnWidth(int c) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(grid);
        try {
            int w = gc.textExtent(model.header(c)).x;
            for (int r = 0; r < Math.min(50, model.rowCount()); r++) {
                w = Math.max(w, gc.textExtent(model.text(r, c)).x);
            }
            return Math.min(400, w + 28);
        } finally {
            gc.dispose();
        }
    }

    /**
     * Sorts by column {@code c}: ascending on the first click, descending on the second, as the
     * header arrow shows.
     */
    public void sortBy(int c) {
        boolean ascending = model.sortColumn() != c || !model.ascending();
        model.sort(c, ascending);
        grid.setSortColumn(grid.getColumn(c));
        grid.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        grid.clearAll();
    }

    private void askAndExport() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export table as CSV");
        dialog.setFilterExtensions(new String[] {"*.csv", "*"});
        dialog.setFileName(safeName(model == null ? "table" : model.table().name()) + ".csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportCsv(Paths.get(chosen));
        }
    }

    /** Writes the rows in their shown order to {@code target} in the background; the header reports the outcome. */
    public void exportCsv(Path target) {
        if (model == null) {
            return;
        }
        TableModel m = model.snapshot();
        runner.run("Exporting " + target.getFileName(), () -> {
            String message;
            try {
                int rows = CsvExport.write(m, target);
                message = "Exported " + rows + " rows to " + target;
            } catch (IOException | RuntimeException e) {
                message = "Could not export to " + target + ": " + e.getMessage();
            }
            String text = message;
            if (!isDisposed()) {
                getDisplay().asyncExec(() -> status.accept(text));
            }
        });
    }

    private static String safeName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+", "");
        return n.isEmpty() ? "table" : n;
    }

    public void setTaskRunner(TaskRunner taskRunner) {
        runner = taskRunner;
    }

    /** Receives messages for the user (export results), on the UI thread. */
    public void setStatusListener(Consumer<String> listener) {
        status = listener;
    }

    public TableModel model() {
        return model;
    }

    public org.eclipse.swt.widgets.Table grid() {
        return grid;
    }

    public Label header() {
        return header;
    }

    public Button exportButton() {
        return exportButton;
    }

    public PlotPanel plotPanel() {
        return plotPanel;
    }
}
