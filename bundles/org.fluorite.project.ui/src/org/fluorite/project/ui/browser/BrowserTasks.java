package org.fluorite.project.ui.browser;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the browser's project I/O (filtering saves a tab, set value, CSV export): the workbench
 * runs it in a background job and continues on the UI thread; {@link #INLINE} runs it at once,
 * for tests and small projects.
 */
public interface BrowserTasks {

    /**
     * Runs {@code work}, then {@code done} with its result on the UI thread; a failure goes to
     * {@code failed} on the UI thread.
     */
    <T> void run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** Runs everything on the calling thread. */
    BrowserTasks INLINE = new BrowserTasks() {
        @Override
        public <T> void run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };
}
