package org.fluorite.project.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectConfiguration;

/**
 * New Project: a location, a name (the project's folder is location/name) and the configuration
 * (ROI type, stimulus type and custom columns), as Mesmerize asks for them.
 */
public class NewProjectDialog extends TitleAreaDialog {

    /** What the user chose. */
    public record Choice(Path directory, String name, ProjectConfiguration configuration) {
    }

    private Text location;
    private Text name;
    private ColumnsEditor columns;
    private Choice choice;
    private final Path initialLocation;

    public NewProjectDialog(Shell parent, Path initialLocation) {
        super(parent);
        this.initialLocation = initialLocation;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("New project");
        setMessage("A project is a folder holding a database of samples, images/, batches/, flowcharts/, plots/ and exports/.");
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Location:");
        location = new Text(c, SWT.BORDER);
        location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        location.setText(initialLocation == null ? System.getProperty("user.home") : initialLocation.toString());
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(location.getText());
            String chosen = d.open();
            if (chosen != null) {
                location.setText(chosen);
            }
        });
        new Label(c, SWT.NONE).setText("Name:");
        name = new Text(c, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label cols = new Label(c, SWT.NONE);
        cols.setText("Columns of the project table (change them later with File > Project Configuration...):");
        cols.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        columns = new ColumnsEditor(c, ProjectConfiguration.EMPTY);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        location.addListener(SWT.Modify, e -> validate());
        name.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** The folder the project would be made in, or null with the error shown. */
    private Path validate() {
        String problem = problem(location.getText(), name.getText());
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
        return problem == null ? Path.of(location.getText().strip()).resolve(name.getText().strip()) : null;
    }

    /** What is wrong with a location and name for a new project, or null. */
    public static String problem(String location, String name) {
        if (name == null || name.isBlank()) {
            return "Give the project a name";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "The name is the project's folder: no '/' or '\\' in it";
        }
        try {
            Path dir = Path.of(location.strip()).resolve(name.strip());
            if (!Files.isDirectory(Path.of(location.strip()))) {
                return "The location " + location + " is not a folder";
            }
            if (Project.isProject(dir)) {
                return dir + " holds a project already: open it with Open Project...";
            }
        } catch (InvalidPathException e) {
            return "Not a valid folder: " + e.getMessage();
        }
        return null;
    }

    @Override
    protected void okPressed() {
        Path dir = validate();
        if (dir == null) {
            return;
        }
        choice = new Choice(dir, name.getText().strip(), new ProjectConfiguration(columns.columns()));
        super.okPressed();
    }

    /** The name field, for automation. */
    public Text nameField() {
        return name;
    }

    /** The column editor, for automation. */
    public ColumnsEditor columnsEditor() {
        return columns;
    }

    /** True when OK can be pressed. */
    public boolean canFinish() {
        Button ok = getButton(IDialogConstants.OK_ID);
        return ok != null && ok.isEnabled();
    }

    /** Presses OK as the user would. */
    public void finish() {
        okPressed();
    }

    /** The choice after OK, else null. */
    public Choice choice() {
        return choice;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
