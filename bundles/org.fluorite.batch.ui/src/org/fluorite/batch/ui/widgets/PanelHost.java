package org.fluorite.batch.ui.widgets;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the batch manager panel asks of its surroundings: dialogs, opening files in viewers and
 * the status line. The workbench part answers with real dialogs and the file opener; tests answer
 * without dialogs.
 */
public interface PanelHost {

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /** Lets the user choose a folder; null when cancelled. */
    Path chooseDirectory(String title, String message);

    /** Lets the user choose when the batch should start; null when cancelled. */
    Instant chooseStartTime();

    /** Opens these files in viewers. */
    void openFiles(List<Path> files);

    /** Shows a problem to the user (an error dialog in the workbench). */
    void error(String title, String message);

    /** A line for the status bar. */
    void status(String message);
}
