package org.fluorite.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;

/** Writes data objects to one file format. Registered as an OSGi service. */
public interface Exporter {

    /** Stable id, e.g. "fluorite.tiff". */
    String id();

    String name();

    /** Lower-case file name endings written, the first being the default. */
    List<String> extensions();

    boolean canExport(DataObject data);

    /**
     * Writes {@code data} to {@code target}, replacing it. Writes to a temporary file beside the
     * target and moves it into place, so a failure never leaves half a file under the target name.
     *
     * @return messages for the user (e.g. a conversion that lost precision)
     */
    List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor) throws IOException;
}
