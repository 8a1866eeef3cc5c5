package org.fluorite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;

/**
 * What {@code info} knows about an opened file, as the JSON-compatible map printed by
 * {@code info --json}. The key names are a contract for scripts:
 *
 * <ul>
 * <li>{@code format}: importer id; {@code file}: absolute path; {@code fileBytes}: size on disk</li>
 * <li>{@code name}, {@code kind} ("image", ...) of the first data object, the file's main one</li>
 * <li>{@code axes} ("TYX"), {@code shape} (same order), {@code pixelType} ("uint16"),
 * {@code calibration} ({"T": {"size": 0.1, "unit": "s", "origin": 0.0}, ...}, every axis, SI
 * units, unit "" when uncalibrated), {@code sizeBytes} (pixel data in memory),
 * {@code planeCount}; null for data that is not an image</li>
 * <li>{@code metadata} (the full map), {@code provenance} (list of operations),
 * {@code messages} (strings such as "warning: ...")</li>
 * <li>{@code items}: one such object (without file-level keys) per data object, when the file holds
 * more than one</li>
 * </ul>
 */
final class DataDescription {

    private DataDescription() {
    }

    static Map<String, Object> of(Path file, ImportResult result) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("format", result.formatId());
        m.put("file", file.toString());
        m.put("fileBytes", fileSize(file));
        List<DataObject> data = result.data();
        // importers put the main object first (the image of a TIFF, the tree of an HDF5 file, the
        // ROIs of a source extraction); the others are listed under "items"
        DataObject main = data.isEmpty() ? null : data.get(0);
        m.putAll(item(main));
        List<String> messages = new ArrayList<>();
        for (Message msg : result.messages()) {
            messages.add(msg.toString());
        }
        m.put("messages", messages);
        m.put("itemCount", data.size());
        if (data.size() > 1) {
            List<Object> items = new ArrayList<>();
            for (DataObject d : data) {
                items.add(item(d));
            }
            m.put("items", items);
        }
        return m;
    }

    /** The description of one data object (null gives all keys with null values). */
    static Map<String, Object> item(DataObject d) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", d == null ? null : d.name());
        m.put("kind", d == null ? null : d.kind());
        Image image = d instanceof Image i ? i : null;
        m.put("axes", image == null ? null : image.axesString());
        if (image != null) {
            List<Long> shape = new ArrayList<>();
            for (long s : image.shape()) {
                shape.add(s);
            }
            m.put("shape", shape);
        } else {
            m.put("shape", null);
        }
        m.put("pixelType", image == null ? null : image.pixelType().label());
        m.put("calibration", image == null ? null : calibration(image));
        m.put("sizeBytes", image == null ? null : image.sizeInBytes());
        m.put("planeCount", image == null ? null : image.planeCount());
        m.put("metadata", d == null ? Map.of() : d.metadata().asMap());
        m.put("provenance", d == null ? List.of() : d.provenance().toList());
        if (d != null) {
            // kind-specific facts (HDF5 tree, ROIs, table columns, ...); the keys above win
            d.describe().forEach(m::putIfAbsent);
        }
        return m;
    }

    private static Map<String, Object> calibration(Image image) {
        LinkedHashMap<String, Object> cal = new LinkedHashMap<>();
        for (Axis a : image.axes()) {
            Calibration c = image.calibration(a);
            LinkedHashMap<String, Object> entry = new LinkedHashMap<>();
            entry.put("size", c.size());
            entry.put("unit", c.unit());
            entry.put("origin", c.origin());
            cal.put(String.valueOf(a.code()), entry);
        }
        return cal;
    }

    private static Long fileSize(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
