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

    /** Higher wins when several presenters accept the same data. */
    default int priority() {
        return 0;
    }
}
