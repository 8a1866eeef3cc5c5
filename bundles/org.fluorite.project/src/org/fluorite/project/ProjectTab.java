package org.fluorite.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fluorite.core.json.Json;
import org.fluorite.core.table.Table;
import org.fluorite.project.filter.TableFilter;

/**
 * A tab of the project browser: a name and its filter history, the filters applied one after the
 * other to the project table (the root tab has none). Filtering the root opens a new named tab
 * ({@link #child}); filtering another tab adds to its history in place ({@link #then}) or opens a
 * new tab from it. Tabs are saved in the project ({@link Project#saveTab}).
 */
public record ProjectTab(String name, List<TableFilter> history) {

    /** Name of the tab showing the whole project; it is never stored. */
    public static final String ROOT = "root";

    public ProjectTab {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A tab needs a name of 1 to 200 characters");
        }
        history = List.copyOf(history);
    }

    public static ProjectTab root() {
        return new ProjectTab(ROOT, List.of());
    }

    public boolean isRoot() {
        return ROOT.equals(name) && history.isEmpty();
    }

    /** This tab with {@code filter} applied after its history (filtering in place). */
    public ProjectTab then(TableFilter filter) {
        List<TableFilter> h = new ArrayList<>(history);
        h.add(filter);
        return new ProjectTab(name, h);
    }

    /** A new tab named {@code childName}: this tab's history and then {@code filter}. */
    public ProjectTab child(String childName, TableFilter filter) {
        if (ROOT.equals(childName)) {
            throw new IllegalArgumentException("'" + ROOT + "' is the name of the whole project's tab");
        }
        return new ProjectTab(childName, then(filter).history());
    }

    /** The rows of the project table this tab shows. */
    public Table apply(Table projectTable) {
        Table t = projectTable;
        for (TableFilter f : history) {
            t = f.apply(t);
        }
        return t.withColumns(t.columns());
    }

    /** The filter history in words, one line per column filter, in the order applied. */
    public List<String> describeHistory() {
        List<String> out = new ArrayList<>();
        for (TableFilter f : history) {
            out.addAll(f.describe());
        }
        return out;
    }

    /** The history as JSON: a list of objects column -> filter text. */
    public String historyJson() {
        List<Object> h = new ArrayList<>();
        for (TableFilter f : history) {
            h.add(new LinkedHashMap<>(f.filters()));
        }
        return Json.write(h);
    }

    /** @throws IllegalArgumentException when the JSON is not a filter history */
    public static ProjectTab fromJson(String name, String historyJson) {
        List<TableFilter> h = new ArrayList<>();
        for (Object o : (List<?>) Json.parse(historyJson)) {
            Map<String, String> m = new LinkedHashMap<>();
            ((Map<?, ?>) o).forEach((k, v) -> m.put(String.valueOf(k), String.valueOf(v)));
            h.add(new TableFilter(m));
        }
        return new ProjectTab(name, h);
    }
}
