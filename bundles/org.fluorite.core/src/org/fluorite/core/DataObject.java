package org.fluorite.core;

import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * Anything an importer returns or an engine produces: images, localization tables, ROI sets,
 * kymographs, transmissions. Each carries what the file said about it and how it was made.
 */
public interface DataObject {

    /** Short name for lists and titles, usually the file or dataset name. */
    String name();

    /** A stable word for the kind of data ("image", "localizations", "rois", ...), used in JSON. */
    String kind();

    Metadata metadata();

    Provenance provenance();

    /**
     * What this data is, beyond name, kind, metadata and provenance, as JSON-compatible values for
     * {@code ./fluorite info --json} and the workbench: an HDF5 file's tree, a ROI set's ROIs with
     * bounds, a table's row count and columns with units. Keys are a contract once released.
     */
    default Map<String, Object> describe() {
        return Map.of();
    }
}
