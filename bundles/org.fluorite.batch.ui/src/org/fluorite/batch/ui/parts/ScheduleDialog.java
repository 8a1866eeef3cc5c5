package org.fluorite.batch.ui.parts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** "Schedule Start": a date and a time of day (this machine's time zone) when the batch starts. */
public class ScheduleDialog extends Dialog {

    private DateTime date;
    private DateTime time;
    private Instant result;

    public ScheduleDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Schedule the batch");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Start on:");
        date = new DateTime(area, SWT.DATE | SWT.DROP_DOWN);
        new Label(area, SWT.NONE).setText("at (" + ZoneId.systemDefault() + "):");
        time = new DateTime(area, SWT.TIME | SWT.SHORT);
        LocalDateTime later = LocalDateTime.now().plusHours(1).withMinute(0);
        date.setDate(later.getYear(), later.getMonthValue() - 1, later.getDayOfMonth());
        time.setTime(later.getHour(), 0, 0);
        return area;
    }

    @Override
    protected void okPressed() {
        LocalDateTime t = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes());
        result = t.atZone(ZoneId.systemDefault()).toInstant();
        super.okPressed();
    }

    /** The chosen start time after OK. */
    public Instant result() {
        return result;
    }
}
