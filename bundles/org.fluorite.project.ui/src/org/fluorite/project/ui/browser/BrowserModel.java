package org.fluorite.project.ui.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.table.Table;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectTab;
import org.fluorite.project.filter.TableFilter;

/**
 * What the project browser shows, without a toolkit: the project table (one row per ROI), the
 * root tab and the saved tabs, the selected tab's rows, and the actions (filter, set value, CSV
 * export) done through the store's API. Methods that read or write the project do I/O and belong
 * off the UI thread; the rest is cheap.
 */
public final class BrowserModel {

    /** How "Apply" treats the selected tab. */
    public enum ApplyMode {
        /** From the root: always a new named tab; from another tab: filter it in place. */
        DEFAULT,
        /** A new named tab made of the selected tab's history and the new filters. */
        NEW_TAB
    }

    private final Project project;
    private Table whole;
    private final List<ProjectTab> tabs = new ArrayList<>();
    private final Map<String, Table> rowsOfTab = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> uniqueOfTab = new LinkedHashMap<>();
    private int selected;

    /** Reads the project table and the saved tabs (I/O). */
    public static BrowserModel load(Project project) throws IOException {
        BrowserModel m = new BrowserModel(project);
        m.reload();
        return m;
    }

    private BrowserModel(Project project) {
        this.project = project;
    }

    public Project project() {
        return project;
    }

    /** Reads the table and the tabs again, keeping the selected tab when it still exists (I/O). */
    public synchronized void reload() throws IOException {
        String keep = tabs.isEmpty() ? ProjectTab.ROOT : currentTab().name();
        whole = project.table();
        tabs.clear();
        tabs.add(ProjectTab.root());
        tabs.addAll(project.tabs());
        rowsOfTab.clear();
        uniqueOfTab.clear();
        selected = Math.max(0, indexOf(keep));
        prepareCurrentTab();
    }

    /**
     * Computes the selected tab's rows and the unique values of its listed columns now, so that
     * showing the tab on the UI thread finds them ready (a project of 100,000 ROIs takes seconds).
     */
    public synchronized void prepareCurrentTab() {
        for (String c : listedColumns()) {
            uniqueValues(c);
        }
    }

    /** The columns that get a list of unique values: all but the uuids, which are unique per row. */
    public synchronized List<String> listedColumns() {
        return whole.columnNames().stream().filter(n -> !ProjectBrowser.UNLISTED.contains(n)).toList();
    }

    private int indexOf(String name) {
        for (int i = 0; i < tabs.size(); i++) {
            if (tabs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The whole project table. */
    public synchronized Table wholeTable() {
        return whole;
    }

    /** The root tab first, then the saved tabs in their order. */
    public synchronized List<ProjectTab> tabs() {
        return List.copyOf(tabs);
    }

    public synchronized ProjectTab currentTab() {
        return tabs.get(selected);
    }

    public synchronized int currentIndex() {
        return selected;
    }

    /** Selects the tab at {@code index} (0 is the root). */
    public synchronized void select(int index) {
        if (index < 0 || index >= tabs.size()) {
            throw new IndexOutOfBoundsException("No tab " + index + " (there are " + tabs.size() + ")");
        }
        selected = index;
    }

    /** The rows the selected tab shows. */
    public synchronized Table currentRows() {
        return rowsOfTab.computeIfAbsent(currentTab().name(), n -> currentTab().apply(whole));
    }

    /** The columns, in the project table's order. */
    public synchronized List<String> columnNames() {
        return whole.columnNames();
    }

    /** The distinct values of {@code column} among the selected tab's rows, sorted. */
    public synchronized List<String> uniqueValues(String column) {
        return uniqueOfTab.computeIfAbsent(currentTab().name(), n -> new LinkedHashMap<>())
                .computeIfAbsent(column, c -> TableFilter.uniqueValues(currentRows(), c));
    }

    /** The selected tab's filter history in words, one line per column filter. */
    public synchronized List<String> history() {
        return currentTab().describeHistory();
    }

    /** True when applying with {@code mode} makes a new tab, which then needs a name. */
    public synchronized boolean needsTabName(ApplyMode mode) {
        return mode == ApplyMode.NEW_TAB || currentTab().isRoot();
    }

    /**
     * Applies the filters typed under the columns (blank ones are left out) to the selected tab, as
     * a new tab named {@code newTabName} or in place ({@link #needsTabName}), saves the tab in the
     * project and selects it (I/O).
     *
     * @param filters    filter text by column name
     * @param newTabName the new tab's name; ignored when filtering in place
     * @return the tab now selected
     * @throws IllegalArgumentException for a bad filter, a missing or taken tab name
     */
    public synchronized ProjectTab apply(Map<String, String> filters, ApplyMode mode, String newTabName) throws IOException {
        Map<String, String> used = new LinkedHashMap<>();
        filters.forEach((c, f) -> {
            if (f != null && !f.isBlank()) {
                used.put(c, f);
            }
        });
        TableFilter filter = new TableFilter(used);
        filter.rows(whole); // names a column the table does not have before anything is saved
        ProjectTab tab;
        if (needsTabName(mode)) {
            String name = newTabName == null ? "" : newTabName.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("A new tab needs a name");
            }
            if (indexOf(name) >= 0) {
                throw new IllegalArgumentException("There is a tab named '" + name + "' already");
            }
            tab = currentTab().child(name, filter);
        } else {
            tab = currentTab().then(filter);
        }
        project.saveTab(tab);
        int at = indexOf(tab.name());
        if (at >= 0) {
            tabs.set(at, tab);
        } else {
            tabs.add(tab);
            at = tabs.size() - 1;
        }
        rowsOfTab.remove(tab.name());
        uniqueOfTab.remove(tab.name());
        selected = at;
        prepareCurrentTab();
        return tab;
    }

    /** Removes the selected tab from the project (not the root) and selects the root (I/O). */
    public synchronized void deleteCurrentTab() throws IOException {
        ProjectTab tab = currentTab();
        if (tab.isRoot()) {
            throw new IllegalArgumentException("The root tab is the whole project and cannot be deleted");
        }
        project.deleteTab(tab.name());
        tabs.remove(selected);
        rowsOfTab.remove(tab.name());
        uniqueOfTab.remove(tab.name());
        selected = 0;
    }

    /**
     * Sets {@code value} in {@code column} of the given rows of the selected tab (a custom column
     * or comments per sample, a ROI type column per ROI) and reads the table again (I/O).
     *
     * @param rows row indices in {@link #currentRows()}
     * @return how many samples or ROIs changed
     */
    public synchronized int setValue(int[] rows, String column, String value) throws IOException {
        if (rows.length == 0) {
            throw new IllegalArgumentException("Select the rows to change first");
        }
        int n = project.setValue(currentRows().selectRows(rows), column, value);
        reload();
        return n;
    }

    /** Writes the selected tab's rows as CSV (I/O). */
    public synchronized void exportCsv(Path target) throws IOException {
        project.exportCsv(currentTab(), target);
    }

    /** The SampleID of a row of the selected tab. */
    public synchronized String sampleIdOf(int row) {
        return currentRows().require(org.fluorite.project.ProjectTable.SAMPLE_ID).getText(row);
    }
}
