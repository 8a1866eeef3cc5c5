package org.fluorite.ui.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Progress of background work in the status bar: the name of the running user job, a bar and a
 * cancel button. Jobs report through a {@link ProgressProvider}; the bar polls their state on
 * the UI thread a few times a second, so a busy job never floods the UI with updates.
 */
public class ProgressLine {

    private static final int POLL_MS = 150;

    private final AtomicReference<TrackedMonitor> current = new AtomicReference<>();
    private Label name;
    private ProgressBar bar;
    private Button cancel;
    private Composite box;

    @PostConstruct
    public void create(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        box.setLayout(layout);
        name = new Label(box, SWT.NONE);
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        nameData.widthHint = 220;
        name.setLayoutData(nameData);
        bar = new ProgressBar(box, SWT.SMOOTH);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        barData.widthHint = 160;
        bar.setLayoutData(barData);
        cancel = new Button(box, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> {
            TrackedMonitor m = current.get();
            if (m != null) {
                m.setCanceled(true);
                m.job.cancel();
            }
        });
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                if (!job.isUser()) {
                    return new NullProgressMonitor();
                }
                TrackedMonitor m = new TrackedMonitor(job);
                job.addJobChangeListener(new JobChangeAdapter() {
                    @Override
                    public void done(IJobChangeEvent event) {
                        m.finished = true;
                    }
                });
                current.set(m);
                return m;
            }
        });
        refresh();
    }

    private void refresh() {
        if (box == null || box.isDisposed()) {
            return;
        }
        TrackedMonitor m = current.get();
        boolean running = m != null && !m.finished;
        name.setText(running ? m.label() : "");
        bar.setVisible(running);
        cancel.setVisible(running);
        if (running) {
            if (m.total <= 0) {
                bar.setMaximum(100);
                bar.setSelection((int) (System.currentTimeMillis() / 40 % 100));
            } else {
                bar.setMaximum(m.total);
                bar.setSelection(Math.min(m.total, (int) m.worked));
            }
        }
        box.getDisplay().timerExec(POLL_MS, this::refresh);
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }

    /** A job's monitor whose state the UI reads; fields are written by the job's thread. */
    private static final class TrackedMonitor extends NullProgressMonitor {
        final Job job;
        volatile String task = "";
        volatile int total;
        volatile double worked;
        volatile boolean finished;

        TrackedMonitor(Job job) {
            this.job = job;
        }

        String label() {
            return task == null || task.isEmpty() ? job.getName() : task;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            task = name;
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void done() {
            finished = true;
        }
    }
}
