package org.fluorite.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog showing the {@link SettingsForm} of a settings record, with OK enabled only while the
 * input is valid.
 *
 * @param <R> the settings record type
 */
public class SettingsDialog<R extends Record> extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final R initial;
    private SettingsForm<R> form;
    private R result;

    public SettingsDialog(Shell parent, String title, String message, R initial) {
        super(parent);
        this.title = title;
        this.message = message;
        this.initial = initial;
    }

    /** The settings after OK. */
    public R result() {
        return result;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title);
        setMessage(message);
        Composite area = (Composite) super.createDialogArea(parent);
        form = new SettingsForm<>(area, initial);
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
        result = form.value();
        super.okPressed();
    }
}
