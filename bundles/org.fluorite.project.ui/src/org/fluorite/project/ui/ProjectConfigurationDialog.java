package org.fluorite.project.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.project.ProjectConfiguration;

/**
 * Project Configuration: add or remove columns of an existing project. Samples already stored get
 * a new column's replace value ("untagged" when it has none); a removed column's values are
 * deleted. Kinds and types of kept columns never change.
 */
public class ProjectConfigurationDialog extends TitleAreaDialog {

    private final String projectName;
    private final ProjectConfiguration before;
    private ColumnsEditor columns;
    private ConfigurationChange change;

    public ProjectConfigurationDialog(Shell parent, String projectName, ProjectConfiguration before) {
        super(parent);
        this.projectName = projectName;
        this.before = before;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Configuration of " + projectName);
        setMessage("Samples already in the project get a new column's replace value; removing a column deletes its values.");
        columns = new ColumnsEditor(area, before);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        columns.setChangeListener(this::validate);
        return area;
    }

    private void validate() {
        try {
            ConfigurationChange.between(before, columns.columns());
            setErrorMessage(null);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void okPressed() {
        try {
            change = ConfigurationChange.between(before, columns.columns());
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** The column editor, for automation. */
    public ColumnsEditor columnsEditor() {
        return columns;
    }

    /** Presses OK as the user would. */
    public void finish() {
        okPressed();
    }

    /** The change after OK (possibly empty), else null. */
    public ConfigurationChange change() {
        return change;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
