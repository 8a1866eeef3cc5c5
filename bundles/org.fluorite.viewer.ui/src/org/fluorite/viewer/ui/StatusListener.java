package org.fluorite.viewer.ui;

/**
 * Receives the viewer's status-line messages: the pixel read-out under the mouse, progress notes
 * and errors. Called on the UI thread. The workbench part forwards these to its status line.
 */
public interface StatusListener {

    /** A plain message; an empty string clears the status line. */
    void status(String message);

    /** Something failed (a plane could not be read, a projection failed). */
    default void error(String message, Throwable cause) {
        status(message);
    }
}
