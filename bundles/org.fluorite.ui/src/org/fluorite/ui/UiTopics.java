package org.fluorite.ui;

/** Event broker topics the workbench parts talk over. */
public final class UiTopics {

    /** A line for the status bar (String). */
    public static final String STATUS = "fluorite/status";

    /** A viewer drew the first frame of its data (data: the part's label, String). */
    public static final String FRAME_SHOWN = "fluorite/viewer/frameShown";

    /**
     * A file was opened and its views created (data: {@code Map} with "file" (String) and "kinds",
     * the kinds of the data objects shown, e.g. ["hdf5", "table"]).
     */
    public static final String OPENED = "fluorite/opened";

    /** A file could not be opened (data: the message shown to the user, naming the file). */
    public static final String OPEN_FAILED = "fluorite/open/failed";

    /** Asks the workbench to open files (data: {@code List<java.nio.file.Path>}). */
    public static final String OPEN_FILES = "fluorite/open";

    private UiTopics() {
    }
}
