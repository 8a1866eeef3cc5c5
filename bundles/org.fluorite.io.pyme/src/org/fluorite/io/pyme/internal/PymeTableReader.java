package org.fluorite.io.pyme.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.io.hdf5.Hdf5Attributes;
import org.fluorite.io.hdf5.Hdf5Compound;
import org.fluorite.io.hdf5.Hdf5File;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

/**
 * Reads PYME localization results in HDF5: {@code .h5r} files ({@code /FitResults}, a compound
 * table with nested {@code fitResults}/{@code fitError} members) and PyTables tables
 * ({@code /Localizations}, flat columns). See {@link PymeLocalizations} for the mapping.
 */
public final class PymeTableReader {

    public static final String FORMAT_ID = "fluorite.pyme.table";
    public static final String OPERATION = "import.pyme";
    /** Table names PYME uses, in the order they are looked for. */
    public static final List<String> TABLES = List.of("FitResults", "Localizations");
    /** Arrays with more values are kept in metadata as a summary with their first values. */
    private static final int MAX_ATTRIBUTE_VALUES = 4096;

    private PymeTableReader() {
    }

    /** The table dataset of a PYME file, or null. */
    public static Dataset table(HdfFile hdf) {
        for (String name : TABLES) {
            Node n = hdf.getChildren().get(name);
            if (n instanceof Dataset d && d.isCompound() && d.getDimensions().length == 1) {
                return d;
            }
        }
        return null;
    }

    public static ImportResult read(Path file) throws IOException {
        return Hdf5File.using(file, "reading as a PYME table", h5 -> readOpen(file, h5));
    }

    private static ImportResult readOpen(Path file, Hdf5File hdf) throws IOException {
        Dataset d = table(hdf.hdf());
        if (d == null) {
            throw new ImportException(file, "holds no PYME table (/FitResults or /Localizations)");
        }
        Map<String, Object> columns = Hdf5Compound.flatColumns(hdf, d);
        Map<String, Object> meta = new LinkedHashMap<>(PymeMetadata.read(hdf));
        double pixelNm = PymeMetadata.number(meta, "voxelsize.x") * 1000;
        List<String> notes = new ArrayList<>();
        String name = file.getFileName().toString();
        Table table = PymeLocalizations.build(name, columns, pixelNm, notes);
        List<Map<String, Object>> events = PymeMetadata.events(hdf);
        if (!events.isEmpty()) {
            meta.put("events", events);
        }
        meta.put("table", d.getName());
        meta.put("tableAttributes", Hdf5Attributes.of(d, MAX_ATTRIBUTE_VALUES, hdf.length()));
        table = table.withMetadata(Metadata.of(meta)).withProvenance(Provenance.EMPTY.then(Operation.of(OPERATION,
                Map.of("file", file.toAbsolutePath().toString(), "table", d.getName()))));
        List<Message> messages = new ArrayList<>();
        notes.forEach(n -> messages.add(Message.info(n)));
        return ImportResult.of(FORMAT_ID, table, messages);
    }
}
