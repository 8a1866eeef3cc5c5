package org.fluorite.project.ui.parts;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.fluorite.project.ui.browser.BrowserTasks;

/** Runs the browser's project I/O as user jobs and continues on the UI thread. */
final class JobBrowserTasks implements BrowserTasks {

    private final UISynchronize sync;

    JobBrowserTasks(UISynchronize sync) {
        this.sync = sync;
    }

    @Override
    public <T> void run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Job job = Job.create(title, monitor -> {
            try {
                T result = work.call();
                sync.asyncExec(() -> done.accept(result));
            } catch (Exception e) {
                sync.asyncExec(() -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
