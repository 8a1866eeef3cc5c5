package org.fluorite.ui;

import org.fluorite.core.DataObject;

/**
 * Shows one kind of data in the workbench. A UI bundle registers a presenter as an OSGi service
 * (Declarative Services) naming the part descriptor that displays its data; when a file is
 * opened, each data object goes to the presenter with the highest priority that accepts it. The
 * data reaches the new part in its transient data under {@link #DATA_KEY}.
 */
public interface DataPresenter {

    /** Transient-data key of the part under which the {@link DataObject} is stored. */
    String DATA_KEY = "fluorite.data";

    /** Transient-data key of the part under which the source file ({@code java.nio.file.Path}) is stored. */
    String SOURCE_KEY = "fluorite.source";

    /** Stable id, e.g. "fluorite.viewer". */
    String id();

    boolean canPresent(DataObject data);

    /** Element id of the part descriptor that shows the data. */
    String partDescriptorId();

    /**
     * True when this presenter's view of a file's first data object gives access to all the rest
     * (an HDF5 browser, say): the workbench then opens only that view, not one per data object.
     */
    default boolean showsWholeFile() {
        return false;
    }

    /** Higher wins when several presenters accept the same data. */
    default int priority() {
        return 0;
    }
}
