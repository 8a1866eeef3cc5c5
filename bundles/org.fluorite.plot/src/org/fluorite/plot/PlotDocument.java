package org.fluorite.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.files.AtomicFile;
import org.fluorite.core.json.Json;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.hdf5.TransmissionHdf5;

/**
 * A saved interactive plot: its data (a Transmission file, {@code NAME.trn.h5}) and its kind and
 * settings ({@code NAME.plot.json}: {"format": "fluorite-plot", "version": 1, "kind":
 * "plot.heatmap", "data": "NAME.trn.h5", "settings": {...}}), kept in a project's {@code plots/}
 * folder.
 */
public record PlotDocument(PlotKind kind, Record settings, Transmission data) {

    /** Value of "format" in plot files. */
    public static final String FORMAT = "fluorite-plot";
    /** Largest plot settings file read (the settings are a few hundred bytes). */
    public static final long MAX_JSON_BYTES = 1 << 20;
    /** Ending of plot settings files. */
    public static final String EXTENSION = ".plot.json";

    /** The model drawn from this document. */
    public PlotModel model() {
        return PlotModel.build(kind, data, settings);
    }

    /** The {@code plots/} folder of the project in {@code projectDir}. */
    public static Path plotsFolder(Path projectDir) {
        return projectDir.resolve("plots");
    }

    /**
     * Writes {@code NAME.plot.json} and {@code NAME.trn.h5} into {@code folder} (created when
     * missing) and returns the JSON file.
     *
     * @throws IOException naming the file that could not be written
     */
    public Path save(Path folder, String name) throws IOException {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IOException(folder.resolve(name) + ": a plot name must be a plain file name");
        }
        Files.createDirectories(folder);
        Path data = folder.resolve(name + TransmissionHdf5.EXTENSION);
        TransmissionHdf5.save(this.data, data);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("version", 1L);
        doc.put("kind", kind.id());
        doc.put("data", data.getFileName().toString());
        doc.put("settings", SettingsRecords.toMap(settings));
        Path json = folder.resolve(name + EXTENSION);
        AtomicFile.replace(json, tmp -> Files.writeString(tmp, Json.writePretty(doc), StandardCharsets.UTF_8));
        return json;
    }

    /**
     * Reads a plot saved by {@link #save}; settings missing from the file keep their defaults.
     *
     * @throws IOException "{@code <file>: <problem>}" when the file is not a plot file or its data is missing or damaged
     */
    public static PlotDocument load(Path json) throws IOException {
        if (Files.size(json) > MAX_JSON_BYTES) {
            throw new IOException(json + ": " + Files.size(json) + " bytes is too large for a plot file (at most "
                    + MAX_JSON_BYTES + ")");
        }
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(json, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(json + ": not a plot file (not UTF-8 text)", e);
        } catch (RuntimeException e) {
            throw new IOException(json + ": not a plot file (" + e.getMessage() + ")", e);
        }
        if (!(parsed instanceof Map<?, ?> doc) || !FORMAT.equals(doc.get("format"))) {
            throw new IOException(json + ": not a plot file (no \"format\": \"" + FORMAT + "\")");
        }
        try {
            PlotKind kind = PlotKind.byId(String.valueOf(doc.get("kind")));
            Object dataName = doc.get("data");
            if (!(dataName instanceof String d) || d.contains("/") || d.contains("\\")) {
                throw new IOException(json + ": \"data\" must name a transmission file beside it");
            }
            Transmission t = loadData(json.resolveSibling(d));
            Record settings = PlotSettings.defaults(kind);
            if (doc.get("settings") instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, ?> values = (Map<String, ?>) m;
                settings = SettingsRecords.with(settings, values);
            }
            return new PlotDocument(kind, settings, t);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new IOException(json + ": " + e.getMessage(), e);
        }
    }

    /**
     * The plot's Transmission file; what the HDF5 library throws on a damaged file (including
     * running out of memory on a corrupt size field, as the project's HDF5 guard does) becomes an
     * IOException naming the file.
     */
    private static Transmission loadData(Path file) throws IOException {
        try {
            return TransmissionHdf5.load(file);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new IOException(file + ": damaged transmission file (" + e + ")", e);
        }
    }
}
