package org.fluorite.project.ui.parts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fluorite.project.ui.browser.BrowserDialogs;

/** The project browser's questions as SWT/JFace dialogs. */
final class SwtBrowserDialogs implements BrowserDialogs {

    private final Shell shell;
    private final Path exportsDir;

    SwtBrowserDialogs(Shell shell, Path exportsDir) {
        this.shell = shell;
        this.exportsDir = exportsDir;
    }

    @Override
    public String askTabName(String suggestion) {
        InputDialog d = new InputDialog(shell, "New tab", "Name of the tab the filtered rows open in:", suggestion,
                s -> s == null || s.isBlank() ? "The tab needs a name" : null);
        return d.open() == Window.OK ? d.getValue().strip() : null;
    }

    @Override
    public SetValueRequest askSetValue(List<String> settableColumns, int rowCount) {
        SetValueDialog d = new SetValueDialog(shell, settableColumns, rowCount);
        return d.open() == Window.OK ? d.request : null;
    }

    @Override
    public Path askCsvFile(String suggestedName) {
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setOverwrite(true);
        d.setFilterExtensions(new String[] {"*.csv", "*"});
        if (exportsDir != null) {
            d.setFilterPath(exportsDir.toString());
        }
        d.setFileName(suggestedName.replaceAll("[\\\\/:*?\"<>|]", "_"));
        String chosen = d.open();
        return chosen == null ? null : Path.of(chosen);
    }

    @Override
    public void error(String title, String message) {
        MessageDialog.openError(shell, title, message);
    }

    /** A column and a value. */
    private static final class SetValueDialog extends Dialog {
        private final List<String> columns;
        private final int rows;
        private Combo column;
        private Text value;
        SetValueRequest request;

        SetValueDialog(Shell parent, List<String> columns, int rows) {
            super(parent);
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        protected void configureShell(Shell s) {
            super.configureShell(s);
            s.setText("Set value of " + rows + " selected row" + (rows == 1 ? "" : "s"));
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            c.setLayout(new GridLayout(2, false));
            new Label(c, SWT.NONE).setText("Column:");
            column = new Combo(c, SWT.READ_ONLY);
            column.setItems(columns.toArray(String[]::new));
            column.select(0);
            new Label(c, SWT.NONE).setText("Value:");
            value = new Text(c, SWT.BORDER);
            GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            gd.widthHint = 220;
            value.setLayoutData(gd);
            Label note = new Label(c, SWT.WRAP);
            note.setText("Custom columns and comments are set per sample, ROI type columns per ROI.");
            note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            return c;
        }

        @Override
        protected void okPressed() {
            request = new SetValueRequest(column.getText(), value.getText());
            super.okPressed();
        }
    }
}
