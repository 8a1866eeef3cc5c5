package org.fluorite.project.ui.browser;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/** The column header row of the project browser: the project table's column names. */
final class HeaderDataProvider implements IDataProvider {

    private final List<String> names;

    HeaderDataProvider(List<String> names) {
        this.names = List.copyOf(names);
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return names.get(columnIndex);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getColumnCount() {
        return names.size();
    }

    @Override
    public int getRowCount() {
        return 1;
    }
}
