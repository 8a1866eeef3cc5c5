package org.fluorite.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fluorite.io.ImportOptions;

/**
 * Asks how to read a file: the axis order of its stored planes (for files that keep time as
 * slices, Mesmerize's "axes order") and a metadata file to use instead of the sidecar beside it.
 */
public class OpenOptionsDialog extends TitleAreaDialog {

    private Text axisOrder;
    private Text metadataFile;
    private ImportOptions options = ImportOptions.NONE;

    public OpenOptionsDialog(Shell parent) {
        super(parent);
    }

    /** The options chosen, valid after OK. */
    public ImportOptions options() {
        return options;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Open with options");
        setMessage("Leave a field empty to use what the file says.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite box = new Composite(area, SWT.NONE);
        box.setLayout(new GridLayout(3, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(box, SWT.NONE).setText("Axis order:");
        axisOrder = new Text(box, SWT.BORDER);
        axisOrder.setMessage("e.g. txy, tzxy, tcxy");
        axisOrder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        axisOrder.addListener(SWT.Modify, e -> validate());
        new Label(box, SWT.NONE).setText("Metadata file:");
        metadataFile = new Text(box, SWT.BORDER);
        metadataFile.setMessage("a JSON file with origin, fps, date ...");
        metadataFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        metadataFile.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(box, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.json", "*"});
            String f = d.open();
            if (f != null) {
                metadataFile.setText(f);
            }
        });
        return area;
    }

    /** Checks the fields; returns the problem in words, or null when they are fine. */
    public static String problem(String order, String metadata) {
        String o = order.trim();
        if (!o.isEmpty() && !o.matches("[tzcxyTZCXY]+")) {
            return "The axis order uses the letters t, z, c, y and x only.";
        }
        if (!o.isEmpty() && (!o.toLowerCase().contains("x") || !o.toLowerCase().contains("y"))) {
            return "The axis order must contain x and y.";
        }
        if (!metadata.isBlank() && !Files.isRegularFile(Paths.get(metadata.trim()))) {
            return "The metadata file does not exist.";
        }
        return null;
    }

    private void validate() {
        String p = problem(axisOrder.getText(), metadataFile.getText());
        setErrorMessage(p);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(p == null);
        }
    }

    @Override
    protected void okPressed() {
        ImportOptions o = ImportOptions.NONE;
        if (!axisOrder.getText().isBlank()) {
            o = o.with(ImportOptions.AXIS_ORDER, axisOrder.getText().trim().toLowerCase());
        }
        if (!metadataFile.getText().isBlank()) {
            Path p = Paths.get(metadataFile.getText().trim()).toAbsolutePath();
            o = o.with(ImportOptions.METADATA_FILE, p.toString());
        }
        options = o;
        super.okPressed();
    }
}
