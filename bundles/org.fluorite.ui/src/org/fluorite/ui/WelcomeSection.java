package org.fluorite.ui;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;

/**
 * A block of the welcome page contributed by a feature bundle as an OSGi service (projects: new,
 * open, recent; a project's flowcharts and plots; ...). Sections are shown in {@link #order()} below
 * the page's own "open a file" block; a section that throws is reported on the page in its place,
 * the rest of the page still works.
 */
public interface WelcomeSection {

    /** Stable id, e.g. "fluorite.projects". */
    String id();

    /** Heading shown above the section. */
    String title();

    /** Smaller comes first; the page's own file block is at 0. */
    default int order() {
        return 100;
    }

    /**
     * Builds the section's controls in {@code parent} (a composite with a one-column grid layout).
     * {@code context} is the welcome part's context: services such as {@link FileOpener},
     * {@code EPartService} and {@code IEventBroker} can be taken from it.
     */
    void create(Composite parent, IEclipseContext context);
}
