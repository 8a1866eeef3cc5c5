package org.fluorite.motion.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.fluorite.core.image.PixelType;
import org.fluorite.motion.MotionCorrectionSettings;
import org.fluorite.ui.SettingsForm;

/**
 * The motion-correction parameters for one movie: the settings form generated from
 * {@link MotionCorrectionSettings}, plus the output pixel type, the thread count and auto-crop.
 */
public class MotionCorrectionDialog extends TitleAreaDialog {

    /** What the user chose. */
    public record Choice(MotionCorrectionSettings settings, PixelType outputType, int threads, boolean autoCrop) {
    }

    private final String movieName;
    private final MotionCorrectionSettings initial;
    private SettingsForm<MotionCorrectionSettings> form;
    private Combo outputType;
    private Spinner threads;
    private Button autoCrop;
    private Choice choice;

    public MotionCorrectionDialog(Shell parent, String movieName, MotionCorrectionSettings initial) {
        super(parent);
        this.movieName = movieName;
        this.initial = initial;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The choice after OK. */
    public Choice choice() {
        return choice;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Motion correction of " + movieName);
        setMessage("Rigid by default; tick 'Piecewise rigid' for patch-wise (NoRMCorre) correction.");
        Composite area = (Composite) super.createDialogArea(parent);
        form = new SettingsForm<>(area, initial);
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite output = new Composite(area, SWT.NONE);
        output.setLayout(new GridLayout(2, false));
        new Label(output, SWT.NONE).setText("Output pixel type:");
        outputType = new Combo(output, SWT.READ_ONLY);
        for (PixelType t : new PixelType[] {PixelType.FLOAT32, PixelType.UINT16, PixelType.UINT8}) {
            outputType.add(t.label());
        }
        outputType.select(0);
        new Label(output, SWT.NONE).setText("Threads:");
        threads = new Spinner(output, SWT.BORDER);
        threads.setValues(Runtime.getRuntime().availableProcessors(), 1, 256, 0, 1, 4);
        autoCrop = new Button(output, SWT.CHECK);
        autoCrop.setText("Crop to the imaged area first (threshold on max + std projection, with padding)");
        autoCrop.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        form.addChangeListener(f -> {
            setErrorMessage(f.problem());
            Button ok = getButton(IDialogConstants.OK_ID);
            if (ok != null) {
                ok.setEnabled(f.problem() == null);
            }
        });
        return area;
    }

    @Override
    protected void okPressed() {
        choice = new Choice(form.value(), PixelType.fromLabel(outputType.getText()), threads.getSelection(), autoCrop.getSelection());
        super.okPressed();
    }
}
