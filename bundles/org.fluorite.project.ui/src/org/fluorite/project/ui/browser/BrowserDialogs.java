package org.fluorite.project.ui.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * The questions the project browser asks (tab name, value to set, CSV file) and how it reports
 * errors; tests answer them without windows.
 */
public interface BrowserDialogs {

    /**
     * A value to set on the selected rows.
     *
     * @param column a custom column, a ROI type column or "comments"
     * @param value  the text to set (converted to the column's type by the store)
     */
    record SetValueRequest(String column, String value) {
    }

    /** The name of a new tab, or null when cancelled. */
    String askTabName(String suggestion);

    /** The column and value to set on {@code rowCount} selected rows, or null when cancelled. */
    SetValueRequest askSetValue(List<String> settableColumns, int rowCount);

    /** The CSV file to write, or null when cancelled. */
    Path askCsvFile(String suggestedName);

    /** Tells the user what went wrong. */
    void error(String title, String message);
}
