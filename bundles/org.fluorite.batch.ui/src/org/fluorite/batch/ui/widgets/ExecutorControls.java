package org.fluorite.batch.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.fluorite.batch.local.LocalExecutor;
import org.fluorite.batch.slurm.SlurmExecutor;
import org.fluorite.batch.ui.ExecutorChoice;

/**
 * Where Start runs the items: "Local" with a number of worker processes (default processors - 1)
 * or "SLURM" with an optional SSH login node.
 */
public final class ExecutorControls {

    static final String LOCAL = "Local workers";
    static final String SLURM = "SLURM";

    private final Composite body;
    private final Combo executor;
    private final Spinner workers;
    private final Text sshHost;

    public ExecutorControls(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        new Label(body, SWT.NONE).setText("Run on:");
        executor = new Combo(body, SWT.READ_ONLY);
        executor.setItems(LOCAL, SLURM);
        executor.select(0);
        workers = new Spinner(body, SWT.BORDER);
        workers.setValues(LocalExecutor.defaultWorkers(), 1, 256, 0, 1, 4);
        workers.setToolTipText("Worker processes at once (default: processors - 1)");
        new Label(body, SWT.NONE).setText("SSH host:");
        sshHost = new Text(body, SWT.BORDER);
        sshHost.setMessage("(SLURM here)");
        sshHost.setToolTipText("Login node where sbatch, squeue and scancel run over SSH; empty: this machine");
        sshHost.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        executor.addListener(SWT.Selection, e -> updateEnabled());
        updateEnabled();
    }

    private void updateEnabled() {
        boolean local = executor.getSelectionIndex() == 0;
        workers.setEnabled(local);
        sshHost.setEnabled(!local);
    }

    public Composite control() {
        return body;
    }

    /** What the user chose. */
    public ExecutorChoice choice() {
        boolean local = executor.getSelectionIndex() == 0;
        return new ExecutorChoice(local ? LocalExecutor.ID : SlurmExecutor.ID, workers.getSelection(), sshHost.getText());
    }

    /** Sets the controls (automation, restoring a previous choice). */
    public void setChoice(ExecutorChoice c) {
        executor.select(c.isLocal() ? 0 : 1);
        workers.setSelection(c.workers());
        sshHost.setText(c.sshHost() == null ? "" : c.sshHost());
        updateEnabled();
    }

    /** Locks the controls while a run goes on. */
    public void setEnabled(boolean enabled) {
        executor.setEnabled(enabled);
        if (enabled) {
            updateEnabled();
        } else {
            workers.setEnabled(false);
            sshHost.setEnabled(false);
        }
    }
}
