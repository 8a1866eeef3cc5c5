package org.fluorite.project.ui.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.fluorite.core.table.Table;
import org.fluorite.project.ColumnKind;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectTab;
import org.fluorite.project.ProjectTable;
import org.fluorite.project.ui.browser.BrowserModel.ApplyMode;

/**
 * The project browser: tabs (the root shows the whole project, the others a filter history), a
 * strip of filter columns (unique values and filter text per column), the rows in a NatTable (one
 * row per ROI; cells formatted only when drawn), the selected tab's filter history, and the
 * actions Apply, Apply in New Tab, Set Value, Export CSV and Delete Tab. Double-clicking a row
 * opens its sample ({@link #setOpenListener}). Project I/O goes through {@link BrowserTasks}.
 */
public final class ProjectBrowser extends Composite {

    /** Columns without a filter list: unique per row, their lists would only repeat the table. */
    /** Shown in place of the table while no project is open. */
    public static final String NO_PROJECT = "No project is open. Use File > New Project... or File > Open Project..., "
            + "or the Projects section of the Welcome page; the project's table (one row per ROI) then shows here.";

    /** Added to the status of a project without samples. */
    public static final String NO_SAMPLES = " (no samples yet: open a movie, draw or import ROIs, then File > Add to Project...)";

    static final Set<String> UNLISTED = Set.of(ProjectTable.IMG_UUID, ProjectTable.ROI_UUID);

    private final CTabFolder tabFolder;
    private final Composite strip;
    private final ScrolledComposite stripScroll;
    private final Composite tableHolder;
    private final org.eclipse.swt.widgets.List history;
    private final Label status;
    private final Map<String, FilterColumn> filters = new LinkedHashMap<>();
    private BrowserModel model;
    private BrowserDialogs dialogs;
    private BrowserTasks tasks = BrowserTasks.INLINE;
    private Consumer<String> openListener = id -> { };
    private Consumer<String> statusListener = s -> { };
    private NatTable natTable;
    private DefaultGridLayer grid;
    private TableDataProvider rows;
    private boolean busy;

    public ProjectBrowser(Composite parent, BrowserDialogs dialogs) {
        super(parent, SWT.NONE);
        CollectionsInOsgi.prepare();
        this.dialogs = dialogs;
        setLayout(new GridLayout(1, false));
        tabFolder = new CTabFolder(this, SWT.BORDER | SWT.FLAT);
        tabFolder.setTabHeight(24);
        GridData tabData = new GridData(SWT.FILL, SWT.TOP, true, false);
        // the tabs only choose the rows; the content below is shared, so show the tab row alone
        tabData.heightHint = tabFolder.computeTrim(0, 0, 0, 0).height;
        tabFolder.setLayoutData(tabData);
        tabFolder.addListener(SWT.Selection, e -> selectTab(tabFolder.getSelectionIndex()));

        Composite buttons = new Composite(this, SWT.NONE);
        RowLayout rl = new RowLayout(SWT.HORIZONTAL);
        rl.wrap = true;
        rl.marginLeft = 0;
        buttons.setLayout(rl);
        button(buttons, "Apply", "Filter the tab with the filters typed under the columns (from the root: a new tab)",
                () -> apply(ApplyMode.DEFAULT));
        button(buttons, "Apply in New Tab...", "Filter into a new tab, keeping this one", () -> apply(ApplyMode.NEW_TAB));
        button(buttons, "Clear Filters", "Empty every filter field", this::clearFilters);
        button(buttons, "Set Value...", "Set a custom column, a ROI type column or the comments of the selected rows",
                this::setValue);
        button(buttons, "Export CSV...", "Write this tab's rows to a CSV file", this::exportCsv);
        button(buttons, "Delete Tab", "Remove this tab from the project", this::deleteTab);

        stripScroll = new ScrolledComposite(this, SWT.H_SCROLL);
        stripScroll.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        strip = new Composite(stripScroll, SWT.NONE);
        stripScroll.setContent(strip);
        stripScroll.setExpandVertical(true);

        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tableHolder = new Composite(sash, SWT.NONE);
        tableHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite historyBox = new Composite(sash, SWT.NONE);
        historyBox.setLayout(new GridLayout(1, false));
        new Label(historyBox, SWT.NONE).setText("Filter history of this tab:");
        history = new org.eclipse.swt.widgets.List(historyBox, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        history.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(78, 22);
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        status.setText("No project");
        new Label(tableHolder, SWT.WRAP).setText(NO_PROJECT);
    }

    private static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public void setTasks(BrowserTasks runner) {
        this.tasks = runner == null ? BrowserTasks.INLINE : runner;
    }

    public void setDialogs(BrowserDialogs newDialogs) {
        this.dialogs = newDialogs;
    }

    /** Told the SampleID of a double-clicked row. */
    public void setOpenListener(Consumer<String> listener) {
        this.openListener = listener == null ? id -> { } : listener;
    }

    /** Told what the browser did, for the status line. */
    public void setStatusListener(Consumer<String> listener) {
        this.statusListener = listener == null ? s -> { } : listener;
    }

    public BrowserModel model() {
        return model;
    }

    /** Shows a loaded model (or nothing, for null), rebuilding the columns. */
    public void setModel(BrowserModel newModel) {
        checkWidget();
        this.model = newModel;
        for (FilterColumn f : filters.values()) {
            f.dispose();
        }
        filters.clear();
        if (natTable != null) {
            natTable.dispose();
            natTable = null;
        }
        for (Control c : tableHolder.getChildren()) {
            c.dispose();
        }
        if (model == null) {
            for (CTabItem item : tabFolder.getItems()) {
                item.dispose();
            }
            history.removeAll();
            Label hint = new Label(tableHolder, SWT.WRAP);
            hint.setText(NO_PROJECT);
            status.setText("No project");
            layout(true, true);
            return;
        }
        List<String> names = model.columnNames();
        List<String> listed = model.listedColumns();
        strip.setLayout(new GridLayout(Math.max(1, listed.size()), false));
        for (String n : listed) {
            FilterColumn f = new FilterColumn(strip, n, () -> apply(ApplyMode.DEFAULT));
            f.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
            filters.put(n, f);
        }
        strip.setSize(strip.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        stripScroll.setMinSize(strip.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        ((GridData) stripScroll.getLayoutData()).heightHint = strip.computeSize(SWT.DEFAULT, SWT.DEFAULT).y
                + stripScroll.getHorizontalBar().getSize().y;
        rows = new TableDataProvider(model.currentRows());
        grid = new DefaultGridLayer(rows, new HeaderDataProvider(names));
        if (grid.getBodyDataLayer() instanceof DataLayer body) {
            body.setDefaultColumnWidth(110);
        }
        natTable = new NatTable(tableHolder, grid);
        natTable.addListener(SWT.MouseDoubleClick, e -> {
            if (natTable.getRegionLabelsByXY(e.x, e.y).hasLabel(GridRegion.BODY)) {
                int row = natTable.getRowIndexByPosition(natTable.getRowPositionByY(e.y));
                if (row >= 0) {
                    openRow(row);
                }
            }
        });
        rebuildTabs();
        layout(true, true);
    }

    private void rebuildTabs() {
        for (CTabItem item : tabFolder.getItems()) {
            item.dispose();
        }
        for (ProjectTab tab : model.tabs()) {
            CTabItem item = new CTabItem(tabFolder, SWT.NONE);
            item.setText(tab.name());
            item.setToolTipText(tab.isRoot() ? "The whole project" : String.join("\n", tab.describeHistory()));
        }
        tabFolder.setSelection(model.currentIndex());
        showRows();
    }

    /** Shows the tab at {@code index} (0 is the root). */
    public void selectTab(int index) {
        if (model == null || index < 0) {
            return;
        }
        model.select(index);
        if (tabFolder.getSelectionIndex() != index) {
            tabFolder.setSelection(index);
        }
        showRows();
    }

    private void showRows() {
        Table t = model.currentRows();
        rows.setTable(t);
        selectionLayer().clear();
        natTable.refresh();
        for (FilterColumn f : filters.values()) {
            f.setValues(model.uniqueValues(f.column()));
        }
        history.setItems(model.history().toArray(String[]::new));
        if (model.currentTab().isRoot()) {
            history.setItems(new String[] {"(root: the whole project, no filters)"});
        }
        status.setText(model.currentTab().name() + ": " + t.rowCount() + " of " + model.wholeTable().rowCount() + " rows"
                + (model.wholeTable().rowCount() == 0 ? NO_SAMPLES : ""));
    }

    /** The filters typed under the columns (blank ones included). */
    public Map<String, String> filterTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        filters.forEach((c, f) -> out.put(c, f.filterText().getText()));
        return out;
    }

    /** Applies the typed filters; a new tab's name is asked for. */
    public void apply(ApplyMode mode) {
        if (model == null || busy) {
            return;
        }
        String name = null;
        if (model.needsTabName(mode)) {
            name = dialogs.askTabName(suggestName());
            if (name == null) {
                return;
            }
        }
        String tabName = name;
        Map<String, String> typed = filterTexts();
        run("Filtering " + model.currentTab().name(), () -> model.apply(typed, mode, tabName), tab -> {
            clearFilters();
            rebuildTabs();
            statusListener.accept("Tab " + tab.name() + ": " + model.currentRows().rowCount() + " rows");
        });
    }

    private String suggestName() {
        List<String> parts = new ArrayList<>();
        filterTexts().forEach((c, f) -> {
            if (!f.isBlank()) {
                parts.add(f.replaceAll("^\\$[^:]*:", ""));
            }
        });
        return parts.isEmpty() ? "all" : String.join("_", parts);
    }

    public void clearFilters() {
        for (FilterColumn f : filters.values()) {
            f.filterText().setText("");
            f.valueList().deselectAll();
        }
    }

    /** Indices (in the selected tab's rows) of the rows with a selected cell, ascending. */
    public int[] selectedRows() {
        if (natTable == null) {
            return new int[0];
        }
        SelectionLayer sel = selectionLayer();
        List<Integer> out = new ArrayList<>();
        for (Range r : sel.getSelectedRowPositions()) {
            for (int p = r.start; p < r.end; p++) {
                out.add(sel.getRowIndexByPosition(p));
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /** Selects whole rows (indices in the selected tab's rows), replacing the selection. */
    public void selectRows(int... rowIndices) {
        SelectionLayer sel = selectionLayer();
        sel.clear();
        for (int r : rowIndices) {
            sel.selectRow(0, r, false, true);
        }
    }

    /** Asks for a column and a value and sets it on the selected rows. */
    public void setValue() {
        if (model == null || busy) {
            return;
        }
        int[] selected = selectedRows();
        if (selected.length == 0) {
            dialogs.error("Set value", "Select the rows to change first (click the row numbers on the left)");
            return;
        }
        List<String> settable = new ArrayList<>();
        for (ProjectColumn c : model.project().configuration().columns()) {
            if (c.kind() != ColumnKind.STIMULUS_TYPE) {
                settable.add(c.name());
            }
        }
        settable.add(ProjectTable.COMMENTS);
        BrowserDialogs.SetValueRequest request = dialogs.askSetValue(settable, selected.length);
        if (request == null) {
            return;
        }
        run("Setting " + request.column(), () -> model.setValue(selected, request.column(), request.value()), n -> {
            rebuildTabs();
            statusListener.accept(request.column() + " set to '" + request.value() + "' on " + n + " sample(s) or ROI(s)");
        });
    }

    /** Asks for a file and writes the selected tab's rows to it. */
    public void exportCsv() {
        if (model == null || busy) {
            return;
        }
        Path target = dialogs.askCsvFile(model.currentTab().name() + ".csv");
        if (target == null) {
            return;
        }
        run("Exporting " + model.currentTab().name(), () -> {
            model.exportCsv(target);
            return target;
        }, t -> statusListener.accept("Wrote " + model.currentRows().rowCount() + " rows to " + t));
    }

    public void deleteTab() {
        if (model == null || busy || model.currentTab().isRoot()) {
            return;
        }
        run("Deleting tab", () -> {
            model.deleteCurrentTab();
            return null;
        }, v -> rebuildTabs());
    }

    /** Reads the project again (after samples were added elsewhere) and shows it. */
    public void reload() {
        if (model == null) {
            return;
        }
        run("Reading " + model.project().directory().getFileName(), () -> {
            model.reload();
            return null;
        }, v -> rebuildTabs());
    }

    /** Opens the sample of row {@code row} of the selected tab. */
    public void openRow(int row) {
        openListener.accept(model.sampleIdOf(row));
    }

    private <T> void run(String title, java.util.concurrent.Callable<T> work, Consumer<T> done) {
        busy = true;
        tasks.run(title, work, result -> {
            busy = false;
            if (!isDisposed()) {
                done.accept(result);
            }
        }, e -> {
            busy = false;
            if (!isDisposed()) {
                dialogs.error(title, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    private SelectionLayer selectionLayer() {
        return grid.getBodyLayer().getSelectionLayer();
    }

    // ------------------------------------------------------------ for automation and tests

    public NatTable natTable() {
        return natTable;
    }

    /** The text the table shows in {@code column} of row {@code row} of the selected tab (scrolled into view or not). */
    public String cellText(String column, int row) {
        return (String) rows.getDataValue(model.columnNames().indexOf(column), row);
    }

    public CTabFolder tabFolder() {
        return tabFolder;
    }

    public org.eclipse.swt.widgets.List historyList() {
        return history;
    }

    public String statusText() {
        return status.getText();
    }

    /** The filter field under {@code column}. */
    public Text filterText(String column) {
        return filters.get(column).filterText();
    }

    /** The unique values listed under {@code column}. */
    public org.eclipse.swt.widgets.List valueList(String column) {
        return filters.get(column).valueList();
    }

    /** The menu of modifiers of {@code column}'s filter field. */
    public Menu modifierMenu(String column) {
        return filters.get(column).filterText().getMenu();
    }

    /** Applies modifier {@code mode} to {@code column}'s filter (as its right-click menu does). */
    public void setModifier(String column, org.fluorite.project.filter.FilterExpression.Mode mode) {
        filters.get(column).setModifier(mode);
    }

    /** Items of the menu, for checks. */
    static List<String> itemTexts(Menu menu) {
        List<String> out = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            out.add(i.getText());
        }
        return out;
    }
}
